// The list pages' one shape: a card per row on phones, a table from a breakpoint up (a table of five or more
// columns cannot be read at 390 px). Each list says what a card holds and what each column shows; this file owns
// the markup, the breakpoint switch and the clickable rows, so every list behaves the same.
import Link from "next/link";
import type { Key, ReactNode } from "react";
import { cn } from "./cn";
import { LinkRow } from "./link-row";
import { SelectableRow } from "./selectable-row";
import { Table, TBody, Td, Th, THead } from "./table";

export interface ListColumn<Row> {
  /** React key of the column; columns may come and go (a column shown only in some contexts). */
  id: string;
  /** The heading; visually hidden text is fine for an actions column. */
  header: ReactNode;
  headerClassName?: string;
  /** The cell's classes, the same for every row or chosen per row. */
  className?: string | ((row: Row) => string | undefined);
  /** A tooltip for the cell, such as the full text of a truncated value. */
  title?: (row: Row) => string | undefined;
  cell: (row: Row) => ReactNode;
}

/** Where the table takes over from the cards: sm (640 px) for lists whose columns fit a tablet, md (768 px) otherwise. */
export type ListBreakpoint = "sm" | "md";

// Written out in full so Tailwind's scanner sees every class.
const cardsOnly: Record<ListBreakpoint, string> = { sm: "sm:hidden", md: "md:hidden" };
const tableOnly: Record<ListBreakpoint, string> = { sm: "max-sm:hidden", md: "max-md:hidden" };

export interface ResponsiveListProps<Row> {
  /** What the rows are ("Connectors"): the name of the table's scroller. */
  label: string;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => Key;
  columns: readonly (ListColumn<Row> | false | null | undefined)[];
  /** What one card shows on phones. */
  card: (row: Row) => ReactNode;
  breakpoint?: ListBreakpoint;
  /** When rows open a page: the whole card is a link to it and the whole table row is clickable. */
  href?: (row: Row) => string;
  /** Classes added to each card (its padding and spacing, when the default does not fit). */
  cardClassName?: string;
  /** Classes of each table row (not used with `href`, whose rows carry their hover style). */
  rowClassName?: string;
  /** `data-testid` of each card and each table row. */
  cardTestId?: string;
  rowTestId?: string;
  /**
   * Table rows select instead of opening (the inspector layout, whose pane previews the selected row): a click
   * selects, the selected row is highlighted and is the one the keyboard reaches. Cards still open `href`.
   */
  selection?: { selectedKey: string | null; onSelect: (row: Row) => void };
}

const cardPadding = "space-y-1.5 px-5 py-3";

export function ResponsiveList<Row>({
  label,
  rows,
  rowKey,
  columns,
  card,
  breakpoint = "sm",
  href,
  cardClassName,
  rowClassName,
  cardTestId,
  rowTestId,
  selection,
}: ResponsiveListProps<Row>) {
  const shown = columns.filter((column): column is ListColumn<Row> => Boolean(column));
  // Without a listed selection the first row takes the Tab stop, so the keyboard can enter the list.
  const selectionListed =
    selection?.selectedKey != null && rows.some((row, index) => String(rowKey(row, index)) === selection.selectedKey);
  const cells = (row: Row) =>
    shown.map((column) => (
      <Td
        key={column.id}
        className={typeof column.className === "function" ? column.className(row) : column.className}
        title={column.title?.(row)}
      >
        {column.cell(row)}
      </Td>
    ));

  return (
    <>
      <ul className={cn("divide-y divide-slate-100", cardsOnly[breakpoint])}>
        {rows.map((row, index) =>
          href ? (
            <li key={rowKey(row, index)} data-testid={cardTestId}>
              <Link href={href(row)} className={cn("block hover:bg-slate-50", cardPadding, cardClassName)}>
                {card(row)}
              </Link>
            </li>
          ) : (
            <li key={rowKey(row, index)} data-testid={cardTestId} className={cn(cardPadding, cardClassName)}>
              {card(row)}
            </li>
          ),
        )}
      </ul>
      <div className={tableOnly[breakpoint]}>
        <Table label={label}>
          <THead>
            {shown.map((column) => (
              <Th key={column.id} className={column.headerClassName}>
                {column.header}
              </Th>
            ))}
          </THead>
          <TBody>
            {rows.map((row, index) =>
              selection ? (
                <SelectableRow
                  key={rowKey(row, index)}
                  selected={String(rowKey(row, index)) === selection.selectedKey}
                  tabStop={selectionListed ? undefined : index === 0}
                  onSelect={() => selection.onSelect(row)}
                  testId={rowTestId}
                >
                  {cells(row)}
                </SelectableRow>
              ) : href ? (
                <LinkRow key={rowKey(row, index)} href={href(row)} testId={rowTestId}>
                  {cells(row)}
                </LinkRow>
              ) : (
                <tr key={rowKey(row, index)} data-testid={rowTestId} className={rowClassName}>
                  {cells(row)}
                </tr>
              ),
            )}
          </TBody>
        </Table>
      </div>
    </>
  );
}
