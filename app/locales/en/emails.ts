import type { emails as fr } from "../fr/emails";
import type { Translations } from "../types";

export const emails: Translations<typeof fr> = {
  signature: "— The Maillage team",
  verifyEmail: {
    subject: "Confirm your email address",
    body: "Hello {{name}},\n\nTo activate your Maillage account, open this link (valid 48 hours):\n{{link}}\n\nIf you did not create an account, ignore this message.",
  },
  resetPassword: {
    subject: "Reset your password",
    body: "Hello,\n\nTo choose a new password, open this link (valid one hour):\n{{link}}\n\nIf you did not ask for this, ignore this message: your password stays the same.",
  },
  accountExists: {
    subject: "Someone tried to create an account with your address",
    body: "Hello {{name}},\n\nSomeone, perhaps you, tried to create a Maillage account with this email address. It already has an account, so no new account was created.\n\nTo sign in: {{link}}\nForgot your password? Choose a new one: {{resetLink}}\n\nIf this was not you, ignore this message: your account has not changed.",
  },
  invitation: {
    subject: "Invitation to manage the listing of {{enterprise}}",
    body: "Hello,\n\n{{inviter}} invites you to co-manage the listing of {{enterprise}} on Maillage.\nTo accept, open this link (valid 14 days):\n{{link}}",
  },
  listingSubmitted: {
    subject: "Listing to review: {{enterprise}}",
    body: "Hello,\n\nThe listing of {{enterprise}} ({{region}}) was just submitted to the hub.\nModeration queue: {{link}}",
  },
  listingApproved: {
    subject: "Your listing is published: {{enterprise}}",
    body: "Hello,\n\nThe regional hub approved the listing of {{enterprise}}. It is now visible in the directory:\n{{link}}",
  },
  changesRequested: {
    subject: "Changes requested for {{enterprise}}",
    body: "Hello,\n\nThe regional hub asks for changes to the listing of {{enterprise}}:\n\n{{message}}\n\nEdit the listing: {{link}}",
  },
  listingRejected: {
    subject: "Listing rejected: {{enterprise}}",
    body: "Hello,\n\nThe regional hub did not accept the listing of {{enterprise}}, for this reason:\n\n{{message}}\n\nYou may correct it and submit it again: {{link}}",
  },
  claimRequested: {
    subject: "Request to manage the listing of {{enterprise}}",
    body: "Hello,\n\n{{user}} ({{email}}) asks to manage the listing of {{enterprise}}.\nReview the request: {{link}}",
  },
  claimApproved: {
    subject: "You now manage the listing of {{enterprise}}",
    body: "Hello,\n\nYour request to manage the listing of {{enterprise}} was accepted.\nDashboard: {{link}}",
  },
  claimRejected: {
    subject: "Request to manage {{enterprise}} declined",
    body: "Hello,\n\nYour request to manage the listing of {{enterprise}} was not accepted:\n\n{{message}}",
  },
  reminder: {
    subject: "Is the listing of {{enterprise}} up to date?",
    body: "Hello,\n\nThe listing of {{enterprise}} has not been confirmed for more than 12 months. Public buyers rely on up-to-date information.\nCheck it and confirm it in one click: {{link}}",
  },
  savedSearchAlert: {
    subject: "New enterprises for your search “{{name}}” ({{count}})",
    body: "Hello,\n\nNew listings published in the Maillage directory match your saved search “{{name}}”:\n\n{{list}}\n\nSee all the results: {{link}}\nManage your saved searches (frequency, deletion): {{manage}}\n\n{{footer}}",
  },
  needMatched: {
    subject: "New business opportunity for {{enterprise}}: {{title}}",
    body: "Hello,\n\n{{buyer}} published a need that matches {{enterprise}}:\n“{{title}}”\nDelivery: {{regions}}\nResponse deadline: {{deadline}}\n\nWhy this opportunity was sent to you:\n{{reasons}}\n\nRead the need and answer: {{link}}\n\n{{footer}}",
  },
  needSubscribed: {
    subject: "New public need in your categories: {{title}}",
    body: "Hello,\n\n{{buyer}} published a public need that matches your subscriptions:\n“{{title}}”\nCategories: {{categories}}\nDelivery: {{regions}}\nResponse deadline: {{deadline}}\n\nRead the need and answer: {{link}}\n\n{{footer}}",
  },
  notificationDigest: {
    subject: "Maillage: {{summary}}",
    body: "Hello {{name}},\n\nHere is what happened since your last summary:\n\n{{items}}\n\nAll your notifications: {{inbox}}\n\n{{footer}}",
  },
  answersDigest: {
    subject: "Maillage: {{summary}}",
    body: "Hello {{name}},\n\nEnterprises answered your needs:\n\n{{items}}\n\nSee the answers: {{link}}\n\n{{footer}}",
  },
  notificationFooter:
    "You receive this email according to your notification preferences: {{preferences}}\nTo stop all notification emails (no sign-in needed): {{unsubscribe}}",
};
