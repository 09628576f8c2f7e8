import { userEvent, waitFor, within } from 'storybook/test';

type Canvas = ReturnType<typeof within>;

/**
 * Reads, as a person would, the newest code the Dev inbox lists for `to` (asking it to refresh first). With `operation`, only a code that
 * operation sent counts: a list shown before the refresh lands may hold an older code to the same
 * address (a throwaway user's sign-up code, before its reset code).
 */
export async function readCodeFromInbox(canvas: Canvas, to: string, operation?: string): Promise<string> {
  const inbox = within(canvas.getByRole('complementary', { name: 'Dev inbox' }));
  await userEvent.click(inbox.getByRole('button', { name: 'Refresh inbox' }));
  // Newest first: the first row for `to` holds the latest code.
  const row = await waitFor(() => {
    const rows = inbox
      .getAllByRole('row')
      .filter((r) => within(r).queryByRole('cell', { name: to }) && (!operation || within(r).queryByRole('cell', { name: operation })));
    if (rows.length === 0) throw new Error(`The dev inbox lists no message to ${to}${operation ? ` from ${operation}` : ''}.`);
    return rows[0]!;
  }, { timeout: 5000 });
  const code = row.querySelector('code')?.textContent;
  if (!code) throw new Error(`The dev inbox row for ${to} shows no code.`);
  return code;
}
