using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Waardering.Worker.Tests.Infrastructure;

/// <summary>
/// A minimal SMTP server that refuses what a test asks it to, e.g. the sender or the recipient
/// with a 5xx reply: the real receiver accepts everything. Connections are served one at a time.
/// </summary>
public sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<string, string?> _reply;
    private readonly CancellationTokenSource _stop = new();

    /// <param name="reply">The reply to a command line, or null for the usual positive one.</param>
    public FakeSmtpServer(Func<string, string?> reply)
    {
        _reply = reply;
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 fake ESMTP");
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                    if (verb == "DATA")
                    {
                        await writer.WriteLineAsync("354 go ahead");
                        while (await reader.ReadLineAsync(_stop.Token) is { } data && data != ".")
                        {
                        }
                    }

                    await writer.WriteLineAsync(_reply(line) ?? (verb == "QUIT" ? "221 bye" : "250 ok"));
                    if (verb == "QUIT")
                    {
                        break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the test is over.
            }
        }
    }
}
