using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace Oms.TestSupport.Smtp;

/// <summary>
/// A real SMTP server in the test process (the SmtpServer package) on a free port of 127.0.0.1, without TLS or
/// authentication. It keeps what it receives, parsed with MimeKit, and can be told to refuse the next messages with a
/// transient (4xx) or permanent (5xx) reply to the DATA command.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly SmtpServerHost _server;
    private readonly RecordingMessageStore _store;
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;
    private int _disposed;

    private SmtpTestServer(SmtpServerHost server, RecordingMessageStore store, CancellationTokenSource stop, Task running, int port)
    {
        _server = server;
        _store = store;
        _stop = stop;
        _running = running;
        Port = port;
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    /// <summary>Every message accepted so far, in order of arrival.</summary>
    public IReadOnlyList<ReceivedMail> Messages => _store.Messages;

    /// <summary>How many messages were refused (by <see cref="RefuseNext"/>).</summary>
    public int RefusedCount => _store.Refused;

    /// <summary>Starts a server on a free loopback port; it accepts mail until disposed.</summary>
    public static async Task<SmtpTestServer> StartAsync(CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FindFreePort();
            var store = new RecordingMessageStore();
            var options = new SmtpServerOptionsBuilder()
                .ServerName("oms-test-smtp")
                .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
                .Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(store);
            var server = new SmtpServerHost(options, services);
            var stop = new CancellationTokenSource();
            var running = server.StartAsync(stop.Token);
            if (await IsListeningAsync(port, running, ct))
                return new SmtpTestServer(server, store, stop, running, port);
            await stop.CancelAsync();
            stop.Dispose();
            if (attempt == 3)
                throw new InvalidOperationException("The SMTP test server could not listen on a free port.", running.Exception);
        }
    }

    /// <summary>Refuses the next <paramref name="count"/> messages with <paramref name="replyCode"/> (e.g. 451 or 550).</summary>
    public void RefuseNext(int count, int replyCode)
    {
        if (replyCode is < 400 or > 599)
            throw new ArgumentOutOfRangeException(nameof(replyCode), replyCode, "A refusal is a 4xx or 5xx reply.");
        _store.RefuseNext(count, replyCode);
    }

    /// <summary>The <paramref name="ordinal"/>-th accepted message (1-based), waiting for it up to <paramref name="timeout"/>.</summary>
    public Task<ReceivedMail> WaitForMessageAsync(int ordinal, TimeSpan timeout) => _store.WaitForMessageAsync(ordinal, timeout);

    /// <summary>Stops listening; safe to call more than once (a test may stop the server to see a client fail).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _server.Shutdown();
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
        }
        _stop.Dispose();
    }

    private static async Task<bool> IsListeningAsync(int port, Task running, CancellationToken ct)
    {
        for (var i = 0; i < 100 && !running.IsCompleted; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, ct);
                return !running.IsFaulted; // a listener of someone else's answers while ours failed to bind
            }
            catch (SocketException)
            {
                await Task.Delay(20, ct);
            }
        }
        return false;
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
