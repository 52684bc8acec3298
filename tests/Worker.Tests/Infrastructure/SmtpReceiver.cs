using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Waardering.Testing;

namespace Waardering.Worker.Tests.Infrastructure;

/// <summary>
/// An SMTP receiver of a test's own (aiosmtpd, as scripts/test.sh starts), writing to the shared
/// Maildir. Asked to, it dies in the middle of a stream: it stores a number of mails and, when the
/// next one is in, exits before storing or answering it, as a crashing server does. That mail is
/// neither delivered nor acknowledged, so a correct sender delivers every mail exactly once.
/// </summary>
public sealed class SmtpReceiver : IDisposable
{
    private const string Script = """
        import os, sys, threading
        from aiosmtpd.controller import Controller
        from aiosmtpd.handlers import Mailbox

        port, maildir, dies_after = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])

        class DiesMidStream(Mailbox):
            stored = 0

            def handle_message(self, message):
                if self.stored == dies_after:
                    os._exit(0)
                self.stored += 1
                super().handle_message(message)

        Controller(DiesMidStream(maildir), hostname="127.0.0.1", port=port).start()
        threading.Event().wait()
        """;

    private readonly Process _process;

    private SmtpReceiver(Process process) => _process = process;

    /// <param name="diesAfter">The mails it stores before it dies on the next one; null: it never dies.</param>
    public static SmtpReceiver Start(int port, int? diesAfter = null)
    {
        var info = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList =
            {
                "-c", Script, port.ToString(CultureInfo.InvariantCulture), TestEnvironment.MaildirPath,
                (diesAfter ?? -1).ToString(CultureInfo.InvariantCulture),
            },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var receiver = new SmtpReceiver(Process.Start(info)!);
        receiver._process.OutputDataReceived += (_, _) => { };
        receiver._process.ErrorDataReceived += (_, _) => { };
        receiver._process.BeginOutputReadLine();
        receiver._process.BeginErrorReadLine();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return receiver;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        receiver.Dispose();
        throw new InvalidOperationException($"The SMTP receiver on port {port} did not start.");
    }

    /// <summary>Waits until the receiver died as it was told to; fails when it is still up after the timeout.</summary>
    public async Task WaitUntilDeadAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The SMTP receiver still runs after {timeout}: it never took the mails it was to die after.");
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
