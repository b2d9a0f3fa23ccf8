using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Oms.Messaging.RabbitMq;

/// <summary>
/// The process's one long-lived connection to RabbitMQ, opened on first use and shared by the publisher, consumers,
/// topology declarations and the health check. Automatic recovery is on: after a network failure or a broker restart
/// the client reconnects every <see cref="RabbitMqOptions.RecoveryInterval"/> and restores channels, declarations and
/// consumers; while it does, <see cref="IConnection.IsOpen"/> is false. A first connection that fails is not kept,
/// so the next call tries again.
/// </summary>
public sealed class RabbitMqConnectionSource : IAsyncDisposable
{
    private readonly RabbitMqOptions _options;
    private readonly ILogger<RabbitMqConnectionSource> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private bool _disposed;

    public RabbitMqConnectionSource(IOptions<RabbitMqOptions> options, ILogger<RabbitMqConnectionSource> logger)
    {
        _options = options.Value;
        _logger = logger;
    }

    public RabbitMqOptions Options => _options;

    /// <summary>
    /// The shared connection, opened now if there is none yet. It may be recovering (not open); callers that need it
    /// open check <see cref="IConnection.IsOpen"/>. Throws <see cref="InvalidOperationException"/> when the bus is not
    /// configured and the client's exceptions (BrokerUnreachableException, …) when the first connection fails.
    /// </summary>
    public async Task<IConnection> GetConnectionAsync(CancellationToken ct)
    {
        var existing = Volatile.Read(ref _connection);
        if (existing is not null)
            return existing;

        await _gate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_connection is not null)
                return _connection;
            if (!_options.IsConfigured)
                throw new InvalidOperationException($"The bus is off: set {RabbitMqOptions.SectionName}:Uri or :Host.");

            var connection = await CreateFactory(_options).CreateConnectionAsync(ct);
            connection.ConnectionShutdownAsync += OnShutdownAsync;
            connection.RecoverySucceededAsync += OnRecoveredAsync;
            connection.ConnectionRecoveryErrorAsync += OnRecoveryErrorAsync;
            RabbitMqLog.Connected(_logger, connection.Endpoint.HostName, connection.Endpoint.Port);
            Volatile.Write(ref _connection, connection);
            return connection;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
                return;
            _disposed = true;
            if (_connection is not null)
            {
                try
                {
                    await _connection.CloseAsync(TimeSpan.FromSeconds(5));
                }
                catch (Exception e) when (e is RabbitMQClientException or IOException)
                {
                    // Already down (the broker went away): there is nothing left to close.
                }
                await _connection.DisposeAsync();
                _connection = null;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static ConnectionFactory CreateFactory(RabbitMqOptions options)
    {
        var factory = new ConnectionFactory
        {
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = options.RecoveryInterval,
            RequestedConnectionTimeout = options.ConnectTimeout,
            ClientProvidedName = options.ClientName,
        };
        if (options.Uri is not null)
        {
            factory.Uri = options.Uri;
        }
        else
        {
            factory.HostName = options.Host;
            factory.Port = options.Port;
            factory.UserName = options.User;
            factory.Password = options.Password;
            factory.VirtualHost = options.VirtualHost;
        }
        return factory;
    }

    private Task OnShutdownAsync(object sender, ShutdownEventArgs e)
    {
        RabbitMqLog.ConnectionLost(_logger, e.Initiator, e.ReplyCode, e.ReplyText);
        return Task.CompletedTask;
    }

    private Task OnRecoveredAsync(object sender, AsyncEventArgs e)
    {
        RabbitMqLog.Recovered(_logger);
        return Task.CompletedTask;
    }

    private Task OnRecoveryErrorAsync(object sender, ConnectionRecoveryErrorEventArgs e)
    {
        RabbitMqLog.RecoveryFailed(_logger, e.Exception);
        return Task.CompletedTask;
    }
}
