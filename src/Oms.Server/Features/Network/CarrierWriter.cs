using Oms.Domain.Network;
using Oms.Server.Core.Configuration;
using Oms.Persistence;

namespace Oms.Server.Features.Network;

/// <summary>Creates or changes a carrier from a validated request, with its audit entry. Runs inside the caller's transaction.</summary>
public static class CarrierWriter
{
    public static async Task<Upserted<CarrierResponse>> UpsertAsync(OmsDbContext db, CarrierRequest r, ChangeContext change,
        CancellationToken ct)
    {
        var wanted = new Carrier(r.Code!, r.Name!, r.TrackingUrlTemplate, r.Services ?? []);
        var carrier = await db.Carriers.FindAsync([wanted.Code], ct);
        var before = carrier is null ? null : CarrierResponse.From(carrier);
        if (carrier is null)
        {
            carrier = wanted;
            db.Carriers.Add(carrier);
        }
        else
        {
            carrier.Rename(wanted.Name);
            carrier.ChangeTracking(wanted.TrackingUrlTemplate);
            carrier.OfferServices(wanted.Services);
        }
        if (r.Enabled == true) carrier.Enable();
        if (r.Enabled == false) carrier.Disable();
        var after = CarrierResponse.From(carrier);
        ReferenceDataAudit.Record(db, ReferenceDataAudit.Carrier, carrier.Code, before, after, change);
        await CacheStamps.BumpAsync(db, CacheStamps.ReferenceData, ct);
        return new(after, before is null);
    }
}
