namespace Sitrep.Core;

/// <summary>An expected failure a user can act on: a greppable code, the input it concerns, and a message.</summary>
public sealed record SitrepError(string Code, string Message, string? Input = null)
{
    public override string ToString() => Input is null ? $"{Code}: {Message}" : $"{Input}: {Code}: {Message}";
}

/// <summary>Carries a <see cref="SitrepError"/> for misuse that cannot be returned as a value (bad pipeline config).</summary>
public sealed class SitrepException(SitrepError error) : Exception(error.ToString())
{
    public SitrepError Error { get; } = error;
}

/// <summary>A pipeline component threw on a document (a bug in that component): its id and the original exception.</summary>
public sealed class ComponentFailedException(string component, Exception inner)
    : Exception($"component {component} failed: {inner.GetType().Name}: {inner.Message}", inner)
{
    public string Component { get; } = component;
}

/// <summary>Either a value or an error; one document's failure is a value so the batch goes on.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, SitrepError? error) { Value = value; Error = error; }
    public T? Value { get; }
    public SitrepError? Error { get; }
    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null);
    public static Result<T> Fail(SitrepError error) => new(default, error);

    public static implicit operator Result<T>(SitrepError error) => Fail(error);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? Result<TOut>.Ok(map(Value!)) : Result<TOut>.Fail(Error!);
}

/// <summary>The catalogue of error codes. E0xx: input; E1xx: configuration; E2xx: models and data.</summary>
public static class Errors
{
    public static SitrepError NotFound(string input) => new("E001", "no such file or directory", input);
    public static SitrepError Empty(string input) => new("E002", "the input is empty", input);
    public static SitrepError Binary(string input) => new("E003", "the input looks binary, not text or HTML", input);
    public static SitrepError BadEncoding(string input, string detail) => new("E004", $"the text could not be decoded: {detail}", input);
    public static SitrepError NoText(string input) => new("E005", "no article text was found", input);
    public static SitrepError TooLarge(string input, long bytes, long limit) => new("E006", $"the input is {bytes:N0} bytes; the limit is {limit:N0}", input);
    public static SitrepError Malformed(string input, string detail) => new("E007", $"the input is malformed: {detail}", input);
    public static SitrepError Unreadable(string input, string detail) => new("E008", $"the input could not be read: {detail}", input);
    public static SitrepError ProcessingFailed(string input, string component, string detail) =>
        new("E009", $"component {component} failed: {detail}", input);

    public static SitrepError MissingLayer(string component, IEnumerable<Layer> missing) =>
        new("E101", $"component {component} needs layer(s) {string.Join(", ", missing)} that no earlier component adds");
    public static SitrepError UnknownComponent(string name, IEnumerable<string> known) =>
        new("E102", $"no component named '{name}'. Available: {string.Join(", ", known.Order())}");

    public static SitrepError ModelMissing(string name, string detail) => new("E201", $"model or data '{name}' could not be loaded: {detail}");
}
