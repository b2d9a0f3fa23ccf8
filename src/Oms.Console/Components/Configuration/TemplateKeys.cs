namespace Oms.Ui.Components.Configuration;

/// <summary>Paths of notification template keys: a channel code or <c>*</c>, and a notification name or <c>*</c>.</summary>
public static class TemplateKeys
{
    public const string Api = "/api/configuration/notification-templates";

    public static string Page(string channel, string notification) => $"/console/configuration/notification-templates/{Part(channel)}/{Part(notification)}";

    public static string Path(string channel, string notification) => $"{Api}/{Part(channel)}/{Part(notification)}";

    /// <summary><c>*</c> stays as it is (it is allowed in a path); anything else is escaped.</summary>
    private static string Part(string s) => s == "*" ? "*" : Uri.EscapeDataString(s);
}
