using Oms.Domain.Common;

namespace Oms.Domain.Geocoding;

/// <summary>
/// The current load of one country's postal-code table: who loaded how many rows when. A new load replaces the
/// country's rows and gets a new <see cref="Version"/>, which tells every server node that its cached copy is stale.
/// </summary>
public sealed class PostalCodeTableLoad
{
    private PostalCodeTableLoad() { Country = null!; LoadedBy = null!; Source = null!; }

    public PostalCodeTableLoad(string country, int rows, string source, DateTime loadedAt, Actor loadedBy)
    {
        Country = PostalCodeFormat.Country(country);
        Version = Ids.Next(loadedAt);
        Rows = Guard.NotNegative(rows, "rows");
        Source = Guard.NotEmpty(source, "source");
        LoadedAt = loadedAt;
        LoadedBy = loadedBy.ToString();
    }

    public string Country { get; private set; }
    /// <summary>New with every load; a node whose cached table has another version reloads it.</summary>
    public Guid Version { get; private set; }
    public int Rows { get; private set; }
    /// <summary>Where the rows came from, e.g. "upload" or the name of the shipped file.</summary>
    public string Source { get; private set; }
    public DateTime LoadedAt { get; private set; }
    public string LoadedBy { get; private set; }

    /// <summary>Records a new load of the same country.</summary>
    public void Replace(int rows, string source, DateTime loadedAt, Actor loadedBy)
    {
        Version = Ids.Next(loadedAt);
        Rows = Guard.NotNegative(rows, "rows");
        Source = Guard.NotEmpty(source, "source");
        LoadedAt = loadedAt;
        LoadedBy = loadedBy.ToString();
    }
}
