namespace Oms.Carriers;

/// <summary>A parcel's weight and size as the carrier prices it; every part optional (the carrier's defaults apply).</summary>
public sealed record ParcelDimensions(decimal? WeightKg = null, decimal? LengthCm = null, decimal? WidthCm = null, decimal? HeightCm = null)
{
    internal void Validate()
    {
        foreach (var (value, name) in new[] { (WeightKg, "weight"), (LengthCm, "length"), (WidthCm, "width"), (HeightCm, "height") })
        {
            if (value is <= 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(ParcelDimensions), $"The parcel's {name} must be positive.");
            }
        }
    }
}
