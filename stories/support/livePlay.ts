import { userEvent, waitFor, within } from 'storybook/test';

type Canvas = ReturnType<typeof within>;

/** Reads, as a person would, the newest code the dev inbox lists for `to` (asking it to refresh first). */
export async function readCodeFromInbox(canvas: Canvas, to: string): Promise<string> {
  const inbox = within(canvas.getByRole('complementary', { name: 'Dev inbox' }));
  await userEvent.click(inbox.getByRole('button', { name: 'Refresh inbox' }));
  // Newest first: the first row for `to` holds the latest code.
  const row = await waitFor(() => {
    const rows = inbox.getAllByRole('row').filter((r) => within(r).queryByRole('cell', { name: to }));
    if (rows.length === 0) throw new Error(`The dev inbox lists no message to ${to}.`);
    return rows[0]!;
  }, { timeout: 5000 });
  const code = row.querySelector('code')?.textContent;
  if (!code) throw new Error(`The dev inbox row for ${to} shows no code.`);
  return code;
}
