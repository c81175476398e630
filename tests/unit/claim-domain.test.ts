import { describe, expect, it } from "vitest";
import { emailDomain, emailMatchesWebsite, registrableDomain, websiteHost } from "~/domain/claim-domain";

describe("emailMatchesWebsite", () => {
  it.each([
    ["info@coop-x.ca", "https://www.coop-x.ca/"],
    ["info@coop-x.ca", "https://coop-x.ca"],
    ["ana@info.coop-x.ca", "https://www.coop-x.ca/contact"],
    ["info@coop-x.ca", "https://boutique.coop-x.ca/"],
    ["INFO@Coop-X.CA", "HTTPS://WWW.COOP-X.CA"],
    ["info@coop-x.ca.", "https://www.coop-x.ca./"],
    ["info@coop-x.ca", "https://www.coop-x.ca:8443/accueil"],
    ["info@coop-x.ca", "www.coop-x.ca"],
    ["info@coop-x.ca", "coop-x.ca/a-propos"],
    ["direction@ville.qc.ca", "https://www.ville.qc.ca"],
    ["info@la-ressourcerie.example", "https://www.la-ressourcerie.example"],
    ["info@café-coop.ca", "https://xn--caf-coop-d1a.ca/"],
  ])("%s speaks for %s", (email, website) => {
    expect(emailMatchesWebsite(email, website)).toBe(true);
  });

  it.each([
    ["someone@gmail.com", "https://www.coop-x.ca"],
    ["someone@gmail.com", "https://gmail.com"],
    ["someone@gmail.com", "https://sites.google.com/view/coop-x"],
    ["coop.x@hotmail.com", "https://www.hotmail.com"],
    ["someone@videotron.ca", "https://www.videotron.ca"],
    ["info@evilcoop-x.ca", "https://www.coop-x.ca"],
    ["info@coop-x.ca.evil.com", "https://www.coop-x.ca"],
    ["info@coop-x.com", "https://www.coop-x.ca"],
    ["info@autre-ville.qc.ca", "https://www.ville.qc.ca"],
    ["info@qc.ca", "https://www.ville.qc.ca"],
    ["info@other.example", "https://www.la-ressourcerie.example"],
    ["someone@wixsite.com", "https://coop-x.wixsite.com/site"],
    ["someone@facebook.com", "https://www.facebook.com/coopx"],
    ["info@coop-x.ca", ""],
    ["info@coop-x.ca", null],
    ["info@coop-x.ca", "not a url"],
    ["info@coop-x.ca", "ftp://coop-x.ca"],
    ["info@coop-x.ca", "javascript:alert(1)"],
    ["info@192.168.0.1", "http://192.168.0.1/"],
    ["info@localhost", "http://localhost:3000"],
    ["info@coop-x.ca:25", "https://coop-x.ca"],
    ["no-at-sign.coop-x.ca", "https://coop-x.ca"],
    ["a@b@coop-x.ca", "https://evil.ca"],
  ])("%s does not speak for %s", (email, website) => {
    expect(emailMatchesWebsite(email, website)).toBe(false);
  });
});

describe("parts", () => {
  it("extracts the registrable domain", () => {
    expect(registrableDomain("info.coop-x.ca")).toBe("coop-x.ca");
    expect(registrableDomain("a.b.ville.qc.ca")).toBe("ville.qc.ca");
    expect(registrableDomain("qc.ca")).toBeNull();
    expect(registrableDomain("ca")).toBeNull();
    expect(registrableDomain("www.example.co.uk")).toBe("example.co.uk");
  });

  it("normalizes hosts and addresses", () => {
    expect(websiteHost("HTTPS://WWW.Coop-X.ca:443/x?y#z")).toBe("coop-x.ca");
    expect(websiteHost("http://[::1]/")).toBeNull();
    expect(emailDomain("Ana@Info.Coop-X.CA.")).toBe("info.coop-x.ca");
    expect(emailDomain("@coop-x.ca")).toBeNull();
  });
});
