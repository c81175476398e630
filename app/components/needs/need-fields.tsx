// The need and outcome forms' controls are the shared conform-bound fields; their messages use `needs`.
export * from "~/components/forms/conform-fields";
export const NAMESPACE = "needs";
