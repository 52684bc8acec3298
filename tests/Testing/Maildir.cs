using MimeKit;

namespace Waardering.Testing;

/// <summary>Reads the mails the test SMTP receiver wrote; tests find their own by a unique value.</summary>
public static class Maildir
{
    public static IReadOnlyList<MimeMessage> All()
    {
        var messages = new List<MimeMessage>();
        foreach (var folder in new[] { "new", "cur" })
        {
            var path = Path.Combine(TestEnvironment.MaildirPath, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(path))
            {
                try
                {
                    messages.Add(MimeMessage.Load(file));
                }
                catch (IOException)
                {
                    // The receiver may still be writing it; the next poll reads it.
                }
            }
        }

        return messages;
    }

    public static IReadOnlyList<MimeMessage> To(string address) =>
        All().Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Polls until at least <paramref name="count"/> mails to the address arrived, or the timeout.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? MailWait);
        while (true)
        {
            var found = To(address);
            if (found.Count >= count || DateTime.UtcNow > deadline)
            {
                return found;
            }

            await Task.Delay(50);
        }
    }

    /// <summary>
    /// How long a test waits for a mail by default: the Worker's job runs when its queue is polled,
    /// which on a machine loaded by the whole suite has taken over 20 s. Only a failing test waits it out.
    /// </summary>
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(60);

    /// <summary>Polls until a mail to the address that matches arrived; fails after the timeout.</summary>
    public static async Task<MimeMessage> WaitForAsync(string address, Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? MailWait);
        while (true)
        {
            if (To(address).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching mail arrived within {timeout ?? MailWait}.");
            }

            await Task.Delay(50);
        }
    }
}
