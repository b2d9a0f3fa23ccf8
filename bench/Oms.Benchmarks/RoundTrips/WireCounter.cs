using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Oms.Benchmarks.RoundTrips;

/// <summary>
/// A TCP proxy in front of PostgreSQL that counts round trips: a client write that follows an answer from the server (or
/// opens the connection) starts one. Pipelined messages (a BEGIN sent with the next statement, a batch) are one round trip,
/// as they cost one network wait. Each round trip is described by its first message: the text of a simple query
/// (<c>COMMIT</c>), otherwise its type (extended-protocol statements, whose text Npgsql's traces give).
/// </summary>
internal sealed class WireCounter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _upstreamHost;
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _trips = new();
    private readonly List<Task> _tasks = [];
    private long _count;

    public WireCounter(string upstreamHost, int upstreamPort)
    {
        _upstreamHost = upstreamHost;
        _upstreamPort = upstreamPort;
        _listener.Start();
        _tasks.Add(AcceptAsync());
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>The descriptions of the round trips since the last call.</summary>
    public List<string> TakeTrips()
    {
        var list = new List<string>();
        while (_trips.TryDequeue(out var t)) list.Add(t);
        return list;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await Task.WhenAll(_tasks);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            lock (_tasks) _tasks.Add(RelayAsync(client));
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var _ = client;
        using var server = new TcpClient { NoDelay = true };
        client.NoDelay = true;
        await server.ConnectAsync(_upstreamHost, _upstreamPort, _stop.Token);
        var answered = new Turn();
        var toServer = PumpAsync(client.GetStream(), server.GetStream(), answered, fromClient: true);
        var toClient = PumpAsync(server.GetStream(), client.GetStream(), answered, fromClient: false);
        try
        {
            await Task.WhenAny(toServer, toClient);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, Turn answered, bool fromClient)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            for (int n; (n = await from.ReadAsync(buffer, _stop.Token)) > 0;)
            {
                if (fromClient)
                {
                    if (answered.Answered)
                    {
                        answered.Answered = false;
                        Interlocked.Increment(ref _count);
                        _trips.Enqueue(Describe(buffer.AsSpan(0, n)));
                    }
                }
                else
                {
                    answered.Answered = true;
                }
                await to.WriteAsync(buffer.AsMemory(0, n), _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
        finally
        {
            from.Socket.Close();
            to.Socket.Close();
        }
    }

    /// <summary>What a burst of client messages holds: simple queries by text, extended-protocol statements counted by their Execute.</summary>
    private static string Describe(ReadOnlySpan<byte> burst)
    {
        if (burst.Length < 5 || burst[0] == 0) return "(connection start-up)";
        var parts = new List<string>();
        var statements = 0;
        for (var i = 0; i + 5 <= burst.Length;)
        {
            var type = (char)burst[i];
            var length = (burst[i + 1] << 24) | (burst[i + 2] << 16) | (burst[i + 3] << 8) | burst[i + 4];
            if (type == 'Q' && i + 1 + length <= burst.Length)
            {
                var text = Encoding.UTF8.GetString(burst.Slice(i + 5, length - 4)).TrimEnd('\0').Trim();
                parts.Add(text.StartsWith("SET SESSION AUTHORIZATION DEFAULT", StringComparison.Ordinal) ? "(pooled connection reset)" : text);
            }
            if (type == 'E') statements++;
            i += 1 + length;
        }
        if (statements > 0) parts.Add($"{statements} statement(s)");
        return string.Join(" + ", parts);
    }

    /// <summary>Whose turn it is on one connection: after the server spoke, the client's next write is a new round trip.</summary>
    private sealed class Turn
    {
        private volatile bool _answered = true;

        public bool Answered
        {
            get => _answered;
            set => _answered = value;
        }
    }
}
