namespace Oms.Messaging.RabbitMq;

/// <summary>
/// Settings of the RabbitMQ adapter, bound from <c>Bus:RabbitMq</c>. The broker is named either by <see cref="Uri"/>
/// (<c>amqp://user:password@host:5672/vhost</c>, or <c>amqps://</c> for TLS) or by <see cref="Host"/> and its
/// neighbours; a URI wins. With neither the bus is off (<see cref="IsConfigured"/> is false).
/// </summary>
public sealed class RabbitMqOptions
{
    public const string SectionName = "Bus:RabbitMq";

    /// <summary>The broker as one AMQP URI; when set, Host, Port, User, Password and VirtualHost are ignored.</summary>
    public Uri? Uri { get; set; }

    public string Host { get; set; } = "";

    public int Port { get; set; } = 5672;

    public string User { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    public string VirtualHost { get; set; } = "/";

    /// <summary>The durable topic exchange every domain event is published to, with the event type as routing key.</summary>
    public string ExchangeName { get; set; } = "oms.events";

    /// <summary>The fanout exchange consumer queues dead-letter into (rejected messages, delivery limit reached).</summary>
    public string DeadLetterExchange { get; set; } = "oms.dead-letter";

    /// <summary>The quorum queue bound to <see cref="DeadLetterExchange"/> that keeps dead letters for inspection.</summary>
    public string DeadLetterQueue { get; set; } = "oms.dead-letter";

    /// <summary>Shown as the connection's name in the broker's management tools and as the messages' app id.</summary>
    public string ClientName { get; set; } = "oms";

    /// <summary>How long a publish may wait for the broker's confirmation before it throws (and the relay retries).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Budget for opening the TCP connection and the AMQP handshake.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Pause between attempts to reconnect after the connection was lost.</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>True when a broker is named; otherwise nothing connects and publishing refuses.</summary>
    public bool IsConfigured => Uri is not null || !string.IsNullOrWhiteSpace(Host);
}
