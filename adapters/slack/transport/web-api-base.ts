/**
 * SLACK_API_URL as the Slack SDK wants it.
 */

/** The Web API base with the trailing slash the Slack SDK joins method names to. */
export function webApiBase(apiUrl: string): string {
  return apiUrl.endsWith("/") ? apiUrl : `${apiUrl}/`;
}
