import { createContext, useContext } from "react";

/** The CSP nonce of this response, so inline scripts Remix renders are allowed to run. */
const NonceContext = createContext<string | undefined>(undefined);
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
