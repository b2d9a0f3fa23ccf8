namespace Oms.Server.Features.Connectors;

/// <summary>A webhook that is not signed by the channel (missing or wrong signature): answered 401, nothing kept.</summary>
public sealed class WebhookRefusedException : Exception
{
    public WebhookRefusedException() { }

    public WebhookRefusedException(string message) : base(message) { }

    public WebhookRefusedException(string message, Exception inner) : base(message, inner) { }
}
