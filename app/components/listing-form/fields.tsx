// The listing form's controls are the shared conform-bound fields; its messages use `register`.
export * from "~/components/forms/conform-fields";
export const NAMESPACE = "register";
