/** Page title "Section · Maillage" from a loader's `title`. */
export function pageTitle(data: { title?: string } | undefined, appName = "Maillage") {
  return [{ title: data?.title ? `${data.title} · ${appName}` : appName }];
}
