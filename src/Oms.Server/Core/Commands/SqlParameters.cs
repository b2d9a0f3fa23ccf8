using System.Data.Common;

namespace Oms.Server.Core.Commands;

/// <summary>
/// Parameters for the few hand-written statements, stored the way EF Core stores them: on SQLite a Guid is upper-case
/// text (Microsoft.Data.Sqlite would otherwise bind a blob, which never equals the stored text).
/// </summary>
public static class SqlParameters
{
    public static string Add(DbCommand cmd, string name, object value, bool sqlite)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name.StartsWith('@') ? name : "@" + name;
        p.Value = sqlite && value is Guid g ? g.ToString("D").ToUpperInvariant() : value;
        cmd.Parameters.Add(p);
        return p.ParameterName;
    }
}
