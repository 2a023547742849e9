// Every API test file: local webhook targets on 127.0.0.1 are allowed through the SSRF guard (tests only), a
// fixed secret key, quiet logs.
process.env.SWITCHBOARD_ALLOW_PRIVATE ??= "127.0.0.1,::1,localhost";
process.env.SWITCHBOARD_SECRET_KEY ??= "0".repeat(63) + "1";
process.env.SWITCHBOARD_LOG_LEVEL ??= "silent";
// Route handlers are called directly here, as if behind a proxy: tests give each caller its own address.
process.env.SWITCHBOARD_TRUST_PROXY ??= "true";
// The server the tests stand for listens on loopback (tests/support/auth-fixtures.ts addresses it as 127.0.0.1).
process.env.HOSTNAME = "127.0.0.1";
