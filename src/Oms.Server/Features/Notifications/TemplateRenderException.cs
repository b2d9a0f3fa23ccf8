namespace Oms.Server.Features.Notifications;

/// <summary>A template that cannot be rendered (it should have been refused when saved); the notification is dead-lettered.</summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException()
    {
    }

    public TemplateRenderException(string message) : base(message)
    {
    }

    public TemplateRenderException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
