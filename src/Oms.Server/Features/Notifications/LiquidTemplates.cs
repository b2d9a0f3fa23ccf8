using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Oms.Server.Features.Notifications.Model;

namespace Oms.Server.Features.Notifications;

/// <summary>
/// Liquid, as retailers know it from Shopify's notifications, through Fluid: parsing with the line and column of a syntax
/// error, and rendering against a <see cref="TemplateModel"/> with snake_case names, the <c>money</c> and
/// <c>money_with_currency</c> filters, and HTML bodies escaped. A template runs a bounded number of steps.
/// </summary>
public static partial class LiquidTemplates
{
    private const string CurrencyKey = "currency";
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Lenient = Create(strict: false);
    private static readonly TemplateOptions Strict = Create(strict: true);
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Parses <paramref name="source"/>; on a syntax error, <paramref name="error"/> starts with its line and column.</summary>
    public static bool TryParse(string source, out IFluidTemplate template, out string? error)
    {
        if (Parser.TryParse(source, out template, out var raw))
        {
            error = null;
            return true;
        }
        var first = (raw ?? "").Split('\n')[0].Trim();
        var m = Position().Match(first);
        error = m.Success
            ? $"line {m.Groups["line"].Value}, column {m.Groups["column"].Value}: {m.Groups["message"].Value.TrimEnd('.')}."
            : first;
        return false;
    }

    /// <summary>
    /// Renders a parsed template. <paramref name="strict"/> refuses undefined variables and filters (a template being saved
    /// is tried that way against the sample model); a mail is rendered leniently, where a missing value is empty.
    /// </summary>
    /// <exception cref="FluidException">The template failed while rendering (strict refusal, too many steps).</exception>
    public static async Task<string> RenderAsync(IFluidTemplate template, TemplateModel model, bool html, TimeZoneInfo zone,
        DateTimeOffset now, bool strict = false)
    {
        var context = new TemplateContext(model, strict ? Strict : Lenient, allowModelMembers: true)
        {
            TimeZone = zone,
            Now = () => now,
        };
        context.AmbientValues[CurrencyKey] = model.Order.Currency;
        return await template.RenderAsync(context, html ? Html : NullEncoder.Default);
    }

    private static TemplateOptions Create(bool strict)
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            StrictVariables = strict,
            StrictFilters = strict,
            MaxSteps = 200_000,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<TemplateModel>();
        options.MemberAccessStrategy.Register<OrderModel>();
        options.MemberAccessStrategy.Register<CustomerModel>();
        options.MemberAccessStrategy.Register<ChannelModel>();
        options.MemberAccessStrategy.Register<LineModel>();
        options.MemberAccessStrategy.Register<ShipmentModel>();
        options.MemberAccessStrategy.Register<PickupModel>();
        options.MemberAccessStrategy.Register<StoreModel>();
        options.MemberAccessStrategy.Register<OpeningDayModel>();
        options.MemberAccessStrategy.Register<AddressModel>();
        options.MemberAccessStrategy.Register<CancellationModel>();
        options.Filters.AddFilter("money", (input, _, _) => new ValueTask<FluidValue>(new StringValue(Amount(input))));
        options.Filters.AddFilter("money_with_currency", (input, _, context) => new ValueTask<FluidValue>(
            new StringValue($"{Amount(input)} {context.AmbientValues.GetValueOrDefault(CurrencyKey)}".TrimEnd())));
        return options;
    }

    private static string Amount(FluidValue input) => input.ToNumberValue().ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<message>.*?) at \((?<line>\d+):(?<column>\d+)\)")]
    private static partial Regex Position();
}
