import { hash } from "@node-rs/argon2";
import type { Db } from "../client";
import { buyerOrganizations, hubCurators, hubRegions, hubs, userRoles, users, regions, type Role } from "../schema";
import { slugify } from "~/lib/slug";

/** Every demo account shares this password (listed in the README); never used outside the demo. */
export const DEMO_PASSWORD = "Maillage-demo-2026";

type DemoBuyerOrg = {
  name: string;
  type: "ministry" | "health_network" | "education_network" | "municipality";
  regionCode: string;
  email: string;
};

// Invented organizations: clearly labelled, so no real body is given invented details.
export const demoBuyerOrganizations: DemoBuyerOrg[] = [
  {
    name: "Ministère fictif des Services gouvernementaux (démo)",
    type: "ministry",
    regionCode: "03",
    email: "acheteur.ministere@maillage.example",
  },
  {
    name: "Centre intégré de santé fictif de la Vallée (démo)",
    type: "health_network",
    regionCode: "04",
    email: "acheteur.sante@maillage.example",
  },
  {
    name: "Centre de services scolaire des Trois-Lacs (démo)",
    type: "education_network",
    regionCode: "05",
    email: "acheteur.education@maillage.example",
  },
  {
    name: "Municipalité de Val-Démo (démo)",
    type: "municipality",
    regionCode: "16",
    email: "acheteur.municipal@maillage.example",
  },
];

export type DemoAccountsSummary = { users: number; hubs: number };

/** One hub per region with one curator each, an admin, and a buyer per organization type. */
export async function seedDemoAccounts(db: Db): Promise<DemoAccountsSummary> {
  const passwordHash = await hash(DEMO_PASSWORD);
  const regionRows = db.select().from(regions).all();
  let userCount = 0;

  db.transaction((tx) => {
    const addUser = (email: string, displayName: string, roles: Role[], buyerOrganizationId?: number) => {
      const user = tx
        .insert(users)
        .values({ email, displayName, passwordHash, emailVerifiedAt: new Date(), buyerOrganizationId })
        .onConflictDoNothing()
        .returning({ id: users.id })
        .get();
      if (!user) return undefined;
      userCount++;
      for (const role of roles) tx.insert(userRoles).values({ userId: user.id, role }).run();
      return user.id;
    };

    addUser("admin@maillage.example", "Administration Maillage", ["admin"]);
    for (const region of regionRows) {
      const hub = tx
        .insert(hubs)
        .values({
          slug: `pole-${region.code}-${slugify(region.nameFr)}`,
          name: `Pôle régional d'économie sociale – ${region.nameFr} (démo)`,
          email: `pole-${region.code}@maillage.example`,
        })
        .onConflictDoNothing()
        .returning({ id: hubs.id })
        .get();
      if (!hub) continue;
      tx.insert(hubRegions).values({ hubId: hub.id, regionCode: region.code }).run();
      const curatorId = addUser(`pole-${region.code}@maillage.example`, `Équipe du pôle ${region.nameFr}`, [
        "hub_curator",
      ]);
      if (curatorId) tx.insert(hubCurators).values({ hubId: hub.id, userId: curatorId }).run();
    }
    for (const org of demoBuyerOrganizations) {
      const row = tx
        .insert(buyerOrganizations)
        .values({ name: org.name, type: org.type, regionCode: org.regionCode })
        .returning({ id: buyerOrganizations.id })
        .get();
      addUser(org.email, `Approvisionnement – ${org.name}`, ["buyer"], row.id);
    }
  });
  return { users: userCount, hubs: regionRows.length };
}
