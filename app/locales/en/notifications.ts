import type { notifications as fr } from "../fr/notifications";
import type { Translations } from "../types";

export const notifications: Translations<typeof fr> = {
  inbox: {
    title: "Notifications",
    intro: "New needs, answers and alerts that concern you, newest first.",
    unread_one: "{{count}} unread",
    unread_other: "{{count}} unread",
    show: "Show",
    all: "All",
    unreadOnly: "Unread only",
    empty: "No notifications yet.",
    emptyUnread: "No unread notifications.",
    markRead: "Mark as read",
    markAllRead: "Mark all as read",
    allMarked_one: "{{count}} notification marked as read.",
    allMarked_other: "{{count}} notifications marked as read.",
    marked: "Notification marked as read.",
    unreadBadge: "Unread",
    open: "Open",
    received: "Received on {{date}}",
    preferencesLink: "Notification preferences",
    errors: {
      notFound: "This notification does not exist.",
      badIntent: "Unknown action.",
    },
  },
  prefs: {
    title: "Notification preferences",
    intro: "Notifications always arrive in your inbox in the portal. Choose when you also want them by email.",
    saved: "Your preferences are saved.",
    frequency: {
      legend: "Notification emails",
      immediate: "As soon as there is news",
      daily: "A daily summary",
      weekly: "A weekly summary",
      never: "Never (in the portal only)",
    },
    subscriptions: {
      legend: "New public needs to follow",
      intro:
        "You are always notified of the needs your enterprises are matched to. You can also hear about new public needs in these categories and regions:",
      listings: "The categories and regions of my listings",
      listingsSummary: "Currently: {{categories}} — regions: {{regions}}.",
      nothingYet: "Your listings have no categories or regions yet.",
      allQuebec: "all of Quebec",
      custom: "My own choice",
      categories: "Categories",
      regions: "Regions",
      selected_one: "{{count}} selected",
      selected_other: "{{count}} selected",
    },
    save: "Save my preferences",
    unsubscribeTitle: "Unsubscribe link",
    unsubscribeText:
      "Every notification email carries this personal link, which works without signing in. Do not share it.",
    frequencyRequired: "Choose a frequency.",
    chooseCategory: "Choose at least one category.",
    chooseRegion: "Choose at least one region.",
  },
  unsubscribe: {
    title: "Unsubscribe from notification emails",
    explain:
      "The account {{email}} will no longer receive any notification email from Maillage: new needs, answers, summaries and search alerts. Notifications stay visible in the portal.",
    current: "Current frequency: {{frequency}}.",
    already: "This account already receives no notification emails.",
    confirm: "Unsubscribe me",
    done: "Done: the account {{email}} will no longer receive notification emails.",
    accountEmails: "Emails your account needs (address confirmation, forgotten password) will still be sent.",
    changeLater: "To receive them again, sign in and change your preferences.",
    preferencesLink: "Notification preferences",
    invalid:
      "This unsubscribe link is not valid. Check that it is complete, or sign in to set your notification preferences.",
  },
  jobs: {
    noDeadline: "none",
    needMatched: {
      title: "New opportunity: {{title}}",
      body: "{{buyer}} · {{regions}} · deadline: {{deadline}}. {{enterprise}} matches: {{reasons}}.",
    },
    needSubscribed: {
      title: "New public need: {{title}}",
      body: "{{buyer}} · {{regions}} · {{categories}} · deadline: {{deadline}}.",
    },
    answers: {
      title_one: "{{count}} new answer to your needs",
      title_other: "{{count}} new answers to your needs",
      line: "“{{title}}”: {{counts}}",
      interested_one: "{{count}} interested",
      interested_other: "{{count}} interested",
      notInterested_one: "{{count}} not interested",
      notInterested_other: "{{count}} not interested",
    },
    digest: {
      summary_daily_one: "{{count}} new notification today",
      summary_daily_other: "{{count}} new notifications today",
      summary_weekly_one: "{{count}} new notification this week",
      summary_weekly_other: "{{count}} new notifications this week",
      more_one: "… and {{count}} more notification in the portal",
      more_other: "… and {{count}} more notifications in the portal",
    },
  },
};
