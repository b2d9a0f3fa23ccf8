using Microsoft.EntityFrameworkCore;
using Oms.Server.Core.Configuration;
using Oms.Domain.Common;
using Oms.Domain.Network;
using Oms.Persistence;

namespace Oms.Server.Features.Network;

/// <summary>Creates or changes a location from a validated request, with its audit entry. Runs inside the caller's transaction.</summary>
public static class LocationWriter
{
    public static async Task<Upserted<LocationResponse>> UpsertAsync(OmsDbContext db, LocationRequest r, ChangeContext change,
        CancellationToken ct)
    {
        var type = r.Type!.Value;
        var capabilities = r.Capabilities is null ? Location.DefaultCapabilities(type) : CapabilityNames.Combine(r.Capabilities);
        TimeOnly? cutOff = r.CutOffTime is not null && OpeningHours.TryTime(r.CutOffTime, out var c) ? c : null;
        // Built first: the domain checks every field before anything tracked is touched.
        var wanted = new Location(r.Code!, r.Name!, type, r.Latitude!.Value, r.Longitude!.Value, r.SizeClass!.Value, capabilities,
            r.Address?.ToAddress(), r.OpeningHours?.ToDomain(), r.TimeZone?.Trim() ?? TimeZones.Default, cutOff);
        var location = await db.Locations.FindAsync([wanted.Code], ct);
        var before = location is null ? null : LocationResponse.From(location);
        if (location is null)
        {
            location = wanted;
            db.Locations.Add(location);
        }
        else
        {
            if (!wanted.HoldsStock && location.HoldsStock && await HasStockAsync(db, location.Code, ct))
                throw new ConflictException($"{location.Code} holds stock, and a {type} holds none. Move or count its stock to zero " +
                    "first.");
            location.Rename(wanted.Name);
            location.Classify(wanted.Type, wanted.SizeClass, wanted.Capabilities);
            location.MoveTo(wanted.Latitude, wanted.Longitude, wanted.Address);
            location.Reschedule(wanted.OpeningHours, wanted.TimeZoneId, wanted.CutOffTime);
        }
        if (r.Enabled == true) location.Enable();
        if (r.Enabled == false) location.Disable();
        var after = LocationResponse.From(location);
        ReferenceDataAudit.Record(db, ReferenceDataAudit.Location, location.Code, before, after, change);
        await CacheStamps.BumpAsync(db, CacheStamps.ReferenceData, ct);
        return new(after, before is null);
    }

    private static Task<bool> HasStockAsync(OmsDbContext db, string code, CancellationToken ct)
        => db.Stock.AnyAsync(s => s.LocationCode == code && (s.OnHand > 0 || s.Reserved > 0), ct);
}
