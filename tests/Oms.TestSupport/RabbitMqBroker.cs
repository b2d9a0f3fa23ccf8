using System.Diagnostics;

namespace Oms.TestSupport;

/// <summary>
/// A RabbitMQ broker for integration tests.
/// <para>
/// If the environment variable <c>OMS_TEST_RABBITMQ</c> holds an AMQP URI, <see cref="GetSharedAsync"/> uses that
/// broker as-is. Otherwise it starts a throwaway node of the installed RabbitMQ server (Debian's
/// <c>rabbitmq-server</c> package) in a fresh temp directory: its own node name, AMQP and distribution ports on
/// 127.0.0.1, no plugins, data and logs in the directory; epmd, Erlang's port mapper, is shared with any other node on
/// the machine. One node serves the whole test process and is killed, and its directory deleted, when the process
/// exits; a later run kills and deletes what a killed test process left behind.
/// </para>
/// <para>
/// Tests keep out of each other's way with names of their own (exchanges, queues) or a virtual host each
/// (<see cref="CreateVirtualHostAsync"/>). A test that stops the broker (<see cref="StopNodeAsync"/>) takes a node of
/// its own from <see cref="StartLocalAsync"/>, never the shared one.
/// </para>
/// </summary>
public sealed class RabbitMqBroker : IAsyncDisposable
{
    /// <summary>Environment variable naming an existing broker (AMQP URI) to use instead of starting a node.</summary>
    public const string UriVariable = "OMS_TEST_RABBITMQ";

    private static readonly Lazy<Task<RabbitMqBroker>> Shared = new(StartSharedAsync);

    private readonly RabbitMqNode? _node; // null when the broker is external
    private readonly bool _isShared;

    private RabbitMqBroker(RabbitMqNode? node, Uri amqpUri, bool isShared)
    {
        _node = node;
        AmqpUri = amqpUri;
        _isShared = isShared;
    }

    /// <summary>The broker's default virtual host, as user guest (a local node) or as given in <c>OMS_TEST_RABBITMQ</c>.</summary>
    public Uri AmqpUri { get; }

    /// <summary>True for a node started here, which can be stopped, restarted and administered with rabbitmqctl.</summary>
    public bool IsLocal => _node is not null;

    /// <summary>The local node's Erlang node name (<c>oms-…@localhost</c>).</summary>
    public string NodeName => Node.NodeName;

    /// <summary>How long the local node's last start took, until it accepted AMQP connections.</summary>
    public TimeSpan LastStartDuration { get; private set; }

    private RabbitMqNode Node => _node ?? throw new NotSupportedException(
        $"The broker named by {UriVariable} is not run by the tests: it cannot be stopped, restarted or administered. " +
        "Tests that need that use RabbitMqBroker.StartLocalAsync.");

    /// <summary>The broker of the whole test process: started on first use, killed at process exit.</summary>
    public static Task<RabbitMqBroker> GetSharedAsync() => Shared.Value;

    /// <summary>
    /// Starts a node owned by the caller, whatever <c>OMS_TEST_RABBITMQ</c> says: for tests that stop or restart the
    /// broker. Disposing it kills the node and deletes its directory.
    /// </summary>
    public static Task<RabbitMqBroker> StartLocalAsync(CancellationToken ct = default) => StartNodeAsync(isShared: false, ct);

    /// <summary>
    /// Creates a virtual host with a unique name starting with <paramref name="prefix"/>, gives guest every right on
    /// it, and returns the AMQP URI to it. Local nodes only.
    /// </summary>
    public async Task<Uri> CreateVirtualHostAsync(string prefix, CancellationToken ct = default)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 200)];
        await Node.RunCtlAsync(["add_vhost", name], ct);
        await Node.RunCtlAsync(["set_permissions", "-p", name, "guest", ".*", ".*", ".*"], ct);
        return new UriBuilder(AmqpUri) { Path = "/" + Uri.EscapeDataString(name) }.Uri;
    }

    /// <summary>
    /// Stops the local node, gracefully (clients get connection.close, as in a broker restart) or by SIGKILL (as in a
    /// crash). Its data stays: <see cref="StartNodeAsync(CancellationToken)"/> brings it back with its durable queues.
    /// </summary>
    public Task StopNodeAsync(bool graceful = true, CancellationToken ct = default) => Node.StopAsync(graceful, ct);

    /// <summary>Starts the stopped local node again on the same ports and data; returns once it accepts connections.</summary>
    public async Task StartNodeAsync(CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await Node.StartAsync(ct);
        LastStartDuration = clock.Elapsed;
    }

    /// <summary>Runs <c>rabbitmqctl -n &lt;node&gt; args…</c> against the local node and returns its output.</summary>
    public Task<string> RunCtlAsync(IReadOnlyList<string> args, CancellationToken ct = default) => Node.RunCtlAsync(args, ct);

    /// <summary>Kills a node this instance owns and deletes its directory (the shared one lives until process exit).</summary>
    public ValueTask DisposeAsync()
    {
        if (!_isShared)
            _node?.Destroy();
        return ValueTask.CompletedTask;
    }

    private static Task<RabbitMqBroker> StartSharedAsync()
    {
        var external = Environment.GetEnvironmentVariable(UriVariable);
        return string.IsNullOrWhiteSpace(external)
            ? StartNodeAsync(isShared: true, CancellationToken.None)
            : Task.FromResult(new RabbitMqBroker(node: null, new Uri(external), isShared: true));
    }

    private static async Task<RabbitMqBroker> StartNodeAsync(bool isShared, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var node = await RabbitMqNode.CreateAndStartAsync(ct);
        // Killed rather than shut down: the data is thrown away, and VSTest allows the host little time to exit.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => node.Destroy();
        return new RabbitMqBroker(node, node.AmqpUri, isShared) { LastStartDuration = clock.Elapsed };
    }
}
