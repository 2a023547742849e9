// The auth contract shared by the route wrapper, the services and the browser forms. Kept free of database and
// node imports so client components can import it.
import { z } from "zod";

export const roleSchema = z.enum(["admin", "viewer"]);
export type RoleName = z.infer<typeof roleSchema>;

export const emailSchema = z
  .email("Enter a valid email address")
  .max(254)
  .transform((email) => email.trim().toLowerCase());

export const passwordSchema = z
  .string()
  .min(12, "Password must be at least 12 characters")
  .max(256, "Password must be at most 256 characters");

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().max(100).optional(),
  password: passwordSchema,
  role: roleSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** The setup code is asked only where setup could be claimed from elsewhere (lib/auth/setup-code.ts). */
export const setupSchema = createUserSchema
  .omit({ role: true })
  .extend({ setupCode: z.string().trim().max(64).optional() });
export type SetupInput = z.infer<typeof setupSchema>;

export const updateUserSchema = z.object({ role: roleSchema });

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter your email"),
  password: z.string().min(1, "Enter your password"),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const createTokenSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  role: roleSchema,
});
export type CreateTokenInput = z.infer<typeof createTokenSchema>;

/** Path parameter of /tokens/{id} and /users/{id}: ids are UUIDs, so anything else is a 400, not a 500. */
export const idParamsSchema = z.object({ id: z.uuid("Not a valid id") });
