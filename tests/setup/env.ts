// Tests never touch the developer's database or a real SMTP server unless they ask for it.
process.env.NODE_ENV ??= "test";
process.env.SESSION_SECRET ??= "test-session-secret-at-least-32-chars!!";
delete process.env.MEILI_HOST;
