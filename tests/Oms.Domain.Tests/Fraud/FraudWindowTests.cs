using Oms.Domain.Fraud;

namespace Oms.Domain.Tests.Fraud;

/// <summary>Fraud look-back windows: whole minutes, hours or days, described in words.</summary>
public sealed class FraudWindowTests
{
    [Theory]
    [InlineData("15m", 15)]
    [InlineData("90m", 90)]
    [InlineData("2h", 120)]
    [InlineData("7d", 10080)]
    public void Windows_are_minutes_hours_or_days(string text, int minutes)
    {
        Assert.True(FraudWindow.TryParse(text, out var window));
        Assert.Equal(TimeSpan.FromMinutes(minutes), window);
    }

    [Theory]
    [InlineData("1.5h")]
    [InlineData("-1h")]
    [InlineData("h")]
    [InlineData("24")]
    [InlineData("2w")]
    public void Anything_else_is_not_a_window(string text) => Assert.False(FraudWindow.TryParse(text, out _));

    [Theory]
    [InlineData(1, "minute")]
    [InlineData(30, "30 minutes")]
    [InlineData(60, "hour")]
    [InlineData(1440, "24 hours")]
    [InlineData(4320, "3 days")]
    public void Reasons_describe_windows_in_words(int minutes, string words)
        => Assert.Equal(words, FraudWindow.Describe(TimeSpan.FromMinutes(minutes)));
}
