using System.Reflection;
using Oms.Domain.Inventory;
using Oms.Server.Core.Contracts;

namespace Oms.Server.Web.OpenApi;

/// <summary>
/// The fields each request type must carry: the server's types marked <see cref="RequiredFieldsAttribute"/>, found in
/// the assembly (so that the web layer names no feature), and the domain documents a request embeds, which can carry no
/// attribute of the server's. A test checks the lists against the server's answers.
/// </summary>
internal static class RequestContracts
{
    public static readonly IReadOnlyDictionary<Type, string[]> Required = Find();

    private static Dictionary<Type, string[]> Find()
    {
        var found = typeof(RequestContracts).Assembly.GetTypes()
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<RequiredFieldsAttribute>()))
            .Where(x => x.Attribute is not null)
            .ToDictionary(x => x.Type, x => x.Attribute!.Names.ToArray());
        found[typeof(ChannelAllocationRule)] = [];
        return found;
    }
}
