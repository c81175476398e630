export const about = {
  title: "À propos de Maillage et sources des données",
  intro:
    "Maillage aide les acheteurs publics du Québec — ministères et organismes, réseaux de la santé et de l'éducation, municipalités — à connaître l'offre des entreprises d'économie sociale et à choisir le bon mode d'attribution de leurs contrats.",
  sourcesHeading: "Sources des données de référence",
  sourcesIntro: "Les données géographiques et les classifications proviennent de sources publiques ouvertes :",
  licencesHeading: "Licences",
  unspscNote:
    "Les codes UNSPSC® (segments et familles) servent de correspondance ; leurs intitulés ne sont pas reproduits, car ils ne sont pas publiés sous licence ouverte.",
  demoHeading: "Données de démonstration",
  demoBody:
    "Les entreprises présentées dans cette démonstration sont entièrement fictives : noms, descriptions et coordonnées sont générés. Toute ressemblance avec une organisation réelle serait fortuite.",
} as const;
