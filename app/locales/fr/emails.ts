export const emails = {
  signature: "— L'équipe Maillage",
  verifyEmail: {
    subject: "Confirmez votre adresse courriel",
    body: "Bonjour {{name}},\n\nPour activer votre compte Maillage, ouvrez ce lien (valide 48 heures) :\n{{link}}\n\nSi vous n'avez pas créé de compte, ignorez ce message.",
  },
  resetPassword: {
    subject: "Réinitialiser votre mot de passe",
    body: "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valide une heure) :\n{{link}}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.",
  },
  accountExists: {
    subject: "Tentative de création de compte avec votre adresse",
    body: "Bonjour {{name}},\n\nQuelqu'un, peut-être vous, a voulu créer un compte Maillage avec cette adresse courriel. Elle a déjà un compte : aucun nouveau compte n'a été créé.\n\nPour vous connecter : {{link}}\nMot de passe oublié? Choisissez-en un nouveau : {{resetLink}}\n\nSi ce n'était pas vous, ignorez ce message : votre compte n'a pas changé.",
  },
  invitation: {
    subject: "Invitation à gérer la fiche de {{enterprise}}",
    body: "Bonjour,\n\n{{inviter}} vous invite à gérer avec lui ou elle la fiche de {{enterprise}} dans Maillage.\nPour accepter, ouvrez ce lien (valide 14 jours) :\n{{link}}",
  },
  listingSubmitted: {
    subject: "Fiche à examiner : {{enterprise}}",
    body: "Bonjour,\n\nLa fiche de {{enterprise}} ({{region}}) vient d'être soumise au pôle.\nFile de modération : {{link}}",
  },
  listingApproved: {
    subject: "Votre fiche est publiée : {{enterprise}}",
    body: "Bonjour,\n\nLe pôle régional a approuvé la fiche de {{enterprise}}. Elle est maintenant visible dans le répertoire :\n{{link}}",
  },
  changesRequested: {
    subject: "Modifications demandées pour {{enterprise}}",
    body: "Bonjour,\n\nLe pôle régional demande des modifications à la fiche de {{enterprise}} :\n\n{{message}}\n\nModifier la fiche : {{link}}",
  },
  listingRejected: {
    subject: "Fiche refusée : {{enterprise}}",
    body: "Bonjour,\n\nLe pôle régional n'a pas retenu la fiche de {{enterprise}}, pour la raison suivante :\n\n{{message}}\n\nVous pouvez la corriger et la soumettre de nouveau : {{link}}",
  },
  claimRequested: {
    subject: "Demande de gestion de la fiche {{enterprise}}",
    body: "Bonjour,\n\n{{user}} ({{email}}) demande à gérer la fiche de {{enterprise}}.\nExaminer la demande : {{link}}",
  },
  claimApproved: {
    subject: "Vous gérez maintenant la fiche de {{enterprise}}",
    body: "Bonjour,\n\nVotre demande de gestion de la fiche de {{enterprise}} est acceptée.\nTableau de bord : {{link}}",
  },
  claimRejected: {
    subject: "Demande de gestion refusée : {{enterprise}}",
    body: "Bonjour,\n\nVotre demande de gestion de la fiche de {{enterprise}} n'a pas été acceptée :\n\n{{message}}",
  },
  reminder: {
    subject: "Votre fiche {{enterprise}} est-elle à jour?",
    body: "Bonjour,\n\nLa fiche de {{enterprise}} n'a pas été confirmée depuis plus de 12 mois. Les acheteurs publics se fient à des renseignements à jour.\nVérifiez-la et confirmez-la en un clic : {{link}}",
  },
  savedSearchAlert: {
    subject: "Nouvelles entreprises pour votre recherche « {{name}} » ({{count}})",
    body: "Bonjour,\n\nDe nouvelles fiches publiées dans le répertoire Maillage correspondent à votre recherche enregistrée « {{name}} » :\n\n{{list}}\n\nVoir tous les résultats : {{link}}\nGérer vos recherches enregistrées (fréquence, suppression) : {{manage}}\n\n{{footer}}",
  },
  needMatched: {
    subject: "Nouvelle occasion d'affaires pour {{enterprise}} : {{title}}",
    body: "Bonjour,\n\n{{buyer}} a publié un besoin qui correspond à {{enterprise}} :\n« {{title}} »\nLivraison : {{regions}}\nDate limite pour répondre : {{deadline}}\n\nPourquoi cette occasion vous est proposée :\n{{reasons}}\n\nLire le besoin et répondre : {{link}}\n\n{{footer}}",
  },
  needSubscribed: {
    subject: "Nouveau besoin public dans vos catégories : {{title}}",
    body: "Bonjour,\n\n{{buyer}} a publié un besoin public qui correspond à vos abonnements :\n« {{title}} »\nCatégories : {{categories}}\nLivraison : {{regions}}\nDate limite pour répondre : {{deadline}}\n\nLire le besoin et répondre : {{link}}\n\n{{footer}}",
  },
  notificationDigest: {
    subject: "Maillage : {{summary}}",
    body: "Bonjour {{name}},\n\nVoici ce qui est arrivé depuis votre dernier résumé :\n\n{{items}}\n\nToutes vos notifications : {{inbox}}\n\n{{footer}}",
  },
  answersDigest: {
    subject: "Maillage : {{summary}}",
    body: "Bonjour {{name}},\n\nDes entreprises ont répondu à vos besoins :\n\n{{items}}\n\nVoir les réponses : {{link}}\n\n{{footer}}",
  },
  notificationFooter:
    "Vous recevez ce courriel selon vos préférences de notification : {{preferences}}\nPour ne plus recevoir aucun courriel de notification (sans vous connecter) : {{unsubscribe}}",
} as const;
