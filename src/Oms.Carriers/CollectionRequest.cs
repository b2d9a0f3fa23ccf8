using Oms.Domain.Common;

namespace Oms.Carriers;

/// <summary>A driver to collect parcels (a return) at an address within a window.</summary>
/// <param name="Reference">The OMS's reference (return number), shown to the carrier.</param>
/// <param name="WindowStartUtc">Earliest collection time, UTC.</param>
/// <param name="WindowEndUtc">Latest collection time, UTC; after the start.</param>
/// <param name="Parcels">How many parcels the driver takes, at least one.</param>
/// <param name="TotalWeightKg">Their total weight; null lets the adapter assume one kilogram per parcel.</param>
/// <param name="Instructions">For the driver (&quot;ring at the back door&quot;).</param>
public sealed record CollectionRequest(
    string Reference,
    Address Address,
    DateTime WindowStartUtc,
    DateTime WindowEndUtc,
    int Parcels = 1,
    decimal? TotalWeightKg = null,
    string? Email = null,
    string? Instructions = null)
{
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Reference);
        if (WindowStartUtc.Kind != DateTimeKind.Utc || WindowEndUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The collection window must be given in UTC.", nameof(WindowStartUtc));
        }

        if (WindowEndUtc <= WindowStartUtc)
        {
            throw new ArgumentException("The collection window must end after it starts.", nameof(WindowEndUtc));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(Parcels, 1);
        if (TotalWeightKg is <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(TotalWeightKg), "The total weight must be positive.");
        }
    }
}
