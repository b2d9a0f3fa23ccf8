using Oms.Server.Core.Contracts;
using FluentValidation;
using Oms.Domain.Common;
using Oms.Domain.Imports;
using Oms.Domain.Network;
using Oms.Persistence;

namespace Oms.Server.Features.Network.Imports;

/// <summary>
/// Location rows; each row is a <c>PUT /api/locations/{code}</c>. In CSV, capabilities are separated by '|'
/// (<c>ship|pickup</c>), opening hours are text (<c>mon-fri 09:00-18:00; sat 10:00-17:00</c>), and the address is the
/// columns line1…country (its name is the location's unless addressName gives one).
/// </summary>
public sealed class LocationRows(IValidator<LocationRequest> validator) : RowImporter<LocationRequest>(validator)
{
    public override ImportKind Kind => ImportKind.Locations;
    public override IReadOnlyList<string> Columns { get; } =
    [
        "code", "name", "type", "sizeClass", "latitude", "longitude", "capabilities", "enabled", "timeZone", "openingHours", "cutOffTime",
        "addressName", "line1", "line2", "postalCode", "city", "country", "phone",
    ];
    public override IReadOnlyList<string> RequiredColumns { get; } = ["code", "name", "type", "sizeClass", "latitude", "longitude"];

    protected override LocationRequest FromCells(CsvCells cells)
    {
        WeeklyHours? hours = null;
        try
        {
            if (cells.Text("openingHours") is { } text) hours = WeeklyHours.From(OpeningHours.Parse(text));
        }
        catch (BusinessRuleException e)
        {
            cells.Errors.Add(new RowError("openingHours", e.Message));
        }
        var hasAddress = new[] { "line1", "line2", "postalCode", "city", "country", "phone" }.Any(col => cells.Text(col) is not null);
        var address = hasAddress
            ? new AddressRequest(cells.Text("addressName") ?? cells.Text("name"), cells.Text("line1"), cells.Text("line2"),
                cells.Text("postalCode"), cells.Text("city"), cells.Text("country"), cells.Text("phone"))
            : null;
        return new LocationRequest(cells.Text("code"), cells.Text("name"), cells.Enum<LocationType>("type"),
            cells.Enum<SizeClass>("sizeClass"), cells.Double("latitude"), cells.Double("longitude"), cells.List("capabilities"), address,
            cells.Bool("enabled"), cells.Text("timeZone"), hours, cells.Text("cutOffTime"));
    }

    protected override async Task<string> ApplyAsync(OmsDbContext db, LocationRequest request, ChangeContext change, CancellationToken ct)
        => (await LocationWriter.UpsertAsync(db, request, change, ct)).Record.Code;
}
