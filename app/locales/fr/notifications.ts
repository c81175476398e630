/** The in-app inbox, notification preferences, the unsubscribe page and what the jobs write. */
export const notifications = {
  inbox: {
    title: "Notifications",
    intro: "Les nouveaux besoins, les réponses et les alertes qui vous concernent, du plus récent au plus ancien.",
    unread_one: "{{count}} non lue",
    unread_other: "{{count}} non lues",
    show: "Afficher",
    all: "Toutes",
    unreadOnly: "Non lues seulement",
    empty: "Aucune notification pour l'instant.",
    emptyUnread: "Aucune notification non lue.",
    markRead: "Marquer comme lue",
    markAllRead: "Tout marquer comme lu",
    allMarked_one: "{{count}} notification marquée comme lue.",
    allMarked_other: "{{count}} notifications marquées comme lues.",
    marked: "Notification marquée comme lue.",
    unreadBadge: "Non lue",
    open: "Ouvrir",
    received: "Reçue le {{date}}",
    preferencesLink: "Préférences de notification",
    errors: {
      notFound: "Cette notification n'existe pas.",
      badIntent: "Action inconnue.",
    },
  },
  prefs: {
    title: "Préférences de notification",
    intro:
      "Les notifications arrivent toujours dans votre boîte de notifications du portail. Choisissez quand les recevoir aussi par courriel.",
    saved: "Vos préférences sont enregistrées.",
    frequency: {
      legend: "Courriels de notification",
      immediate: "Dès qu'il y a du nouveau",
      daily: "Un résumé par jour",
      weekly: "Un résumé par semaine",
      never: "Jamais (seulement dans le portail)",
    },
    subscriptions: {
      legend: "Nouveaux besoins publics à suivre",
      intro:
        "Vous êtes toujours avisé des besoins pour lesquels vos entreprises sont retenues. Vous pouvez aussi être avisé des nouveaux besoins publics dans ces catégories et ces régions :",
      listings: "Les catégories et les régions de mes fiches",
      listingsSummary: "Actuellement : {{categories}} — régions : {{regions}}.",
      nothingYet: "Vos fiches n'ont pas encore de catégories ni de régions.",
      allQuebec: "tout le Québec",
      custom: "Mon propre choix",
      categories: "Catégories",
      regions: "Régions",
      selected_one: "{{count}} choisie",
      selected_other: "{{count}} choisies",
    },
    save: "Enregistrer mes préférences",
    unsubscribeTitle: "Lien de désabonnement",
    unsubscribeText:
      "Chaque courriel de notification contient ce lien personnel, qui fonctionne sans connexion. Ne le partagez pas.",
    frequencyRequired: "Choisissez une fréquence.",
    chooseCategory: "Choisissez au moins une catégorie.",
    chooseRegion: "Choisissez au moins une région.",
  },
  unsubscribe: {
    title: "Se désabonner des courriels de notification",
    explain:
      "Le compte {{email}} ne recevra plus aucun courriel de notification de Maillage : nouveaux besoins, réponses, résumés et alertes de recherche. Les notifications resteront visibles dans le portail.",
    current: "Fréquence actuelle : {{frequency}}.",
    already: "Ce compte ne reçoit déjà plus de courriels de notification.",
    confirm: "Me désabonner",
    done: "C'est fait : le compte {{email}} ne recevra plus de courriels de notification.",
    accountEmails:
      "Les courriels essentiels à votre compte (confirmation d'adresse, mot de passe oublié) continueront d'être envoyés.",
    changeLater: "Pour en recevoir de nouveau, connectez-vous et modifiez vos préférences.",
    preferencesLink: "Préférences de notification",
    invalid:
      "Ce lien de désabonnement n'est pas valide. Vérifiez qu'il est complet, ou connectez-vous pour régler vos préférences de notification.",
  },
  jobs: {
    noDeadline: "aucune",
    needMatched: {
      title: "Nouvelle occasion : {{title}}",
      body: "{{buyer}} · {{regions}} · date limite : {{deadline}}. {{enterprise}} correspond : {{reasons}}.",
    },
    needSubscribed: {
      title: "Nouveau besoin public : {{title}}",
      body: "{{buyer}} · {{regions}} · {{categories}} · date limite : {{deadline}}.",
    },
    answers: {
      title_one: "{{count}} nouvelle réponse à vos besoins",
      title_other: "{{count}} nouvelles réponses à vos besoins",
      line: "« {{title}} » : {{counts}}",
      interested_one: "{{count}} intéressée",
      interested_other: "{{count}} intéressées",
      notInterested_one: "{{count}} pas intéressée",
      notInterested_other: "{{count}} pas intéressées",
    },
    digest: {
      summary_daily_one: "{{count}} nouvelle notification aujourd'hui",
      summary_daily_other: "{{count}} nouvelles notifications aujourd'hui",
      summary_weekly_one: "{{count}} nouvelle notification cette semaine",
      summary_weekly_other: "{{count}} nouvelles notifications cette semaine",
      more_one: "… et {{count}} autre notification dans le portail",
      more_other: "… et {{count}} autres notifications dans le portail",
    },
  },
} as const;
