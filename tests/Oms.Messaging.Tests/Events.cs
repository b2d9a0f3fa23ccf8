using System.Text;
using Oms.Messaging.Bus;

namespace Oms.Messaging.Tests;

internal static class Events
{
    /// <summary>A CloudEvents-shaped event with a fresh id.</summary>
    public static BusMessage Of(string type, string? id = null)
    {
        id ??= Guid.CreateVersion7().ToString();
        var body = Encoding.UTF8.GetBytes($$$"""{"specversion":"1.0","id":"{{{id}}}","type":"{{{type}}}","source":"/oms","data":{}}""");
        return new BusMessage(id, type, body);
    }
}
