using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Waardering.Worker.Tests.Telemetry;

/// <summary>
/// A collector in miniature: accepts OTLP http/protobuf posts on a free loopback port and keeps
/// each body by its path (<c>/v1/metrics</c>, <c>/v1/traces</c>). Protobuf writes strings as
/// UTF-8, so a test finds names in a body without decoding it.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _posts = new();

    public OtlpReceiver()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>Every body posted to this path, as text (names and string values readable).</summary>
    public string Received(string path) =>
        string.Concat(_posts.Where(p => p.Path == path).Select(p => System.Text.Encoding.UTF8.GetString(p.Body)));

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            _posts.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
