namespace Oms.Server.Features.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    /// <summary>Off: no event is fanned out to subscriptions (and none is stored for them). The same on every node.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long one POST may take, connecting included; past it the attempt failed and is retried.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Accept plain-http URLs on any host; without it http is for loopback receivers only (development, tests).</summary>
    public bool AllowHttp { get; set; }
}
