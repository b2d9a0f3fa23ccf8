using Oms.Domain.Payments;

namespace Oms.Payments;

/// <summary>
/// Every registered <see cref="IPaymentProvider"/> by the name orders record (<c>offline</c>, <c>stripe</c>, <c>sandbox</c>).
/// </summary>
public sealed class PaymentProviders
{
    private readonly Dictionary<string, IPaymentProvider> byName;

    public PaymentProviders(IEnumerable<IPaymentProvider> providers) =>
        byName = providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Names => byName.Keys;

    /// <exception cref="KeyNotFoundException">No provider has that name: a configuration or data error.</exception>
    public IPaymentProvider Get(string name) => byName.TryGetValue(name, out var provider)
        ? provider
        : throw new KeyNotFoundException($"No payment provider is named '{name}'. Known: {string.Join(", ", byName.Keys)}.");

    public bool TryGet(string name, out IPaymentProvider provider) => byName.TryGetValue(name, out provider!);

    /// <summary>
    /// Why a new payment cannot use this provider, or null when it can: the name is unknown, or the provider lacks its
    /// settings (<see cref="IPaymentProviderSetup"/>). Said to the client as a 422, so that nothing is queued that can only fail.
    /// </summary>
    public string? Refusal(string name)
    {
        if (!TryGet(name.Trim(), out var provider))
            return $"Unknown payment provider '{name}'. Known: {string.Join(", ", byName.Keys.Order(StringComparer.Ordinal))}.";
        if (provider is not IPaymentProviderSetup { NotConfigured: { } missing }) return null;
        return byName.ContainsKey(Sandbox.SandboxPaymentProvider.ProviderName)
            ? $"{missing}, or use the sandbox provider (test tokens such as pm_card_visa)."
            : $"{missing}.";
    }
}
