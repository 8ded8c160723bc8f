using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// A fixed-size array outside the GC heap, 64-byte aligned and freed by the finaliser: a model's tables, read
/// through <see cref="Pointer"/> so that scoring can prefetch them. A user must keep the buffer alive
/// (GC.KeepAlive) while it holds the pointer. (Transparent huge pages through madvise were measured: parsing
/// ~8% faster, but the kernel's compaction made loading the ensemble up to twice as slow and erratic.)
/// </summary>
internal sealed unsafe class NativeBuffer<T> where T : unmanaged
{
    private readonly nuint _bytes;

    /// <summary>A buffer of <paramref name="length"/> elements, zeroed unless the caller will write every one.</summary>
    public NativeBuffer(int length, bool zeroed = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        _bytes = Math.Max((nuint)length * (nuint)sizeof(T), 64);
        Pointer = (T*)NativeMemory.AlignedAlloc(_bytes, 64);
        if (zeroed) NativeMemory.Clear(Pointer, _bytes);
        GC.AddMemoryPressure((long)_bytes);
    }

    public T* Pointer { get; }

    public int Length { get; }

    public Span<T> Span => new(Pointer, Length);

    ~NativeBuffer()
    {
        NativeMemory.AlignedFree(Pointer);
        GC.RemoveMemoryPressure((long)_bytes);
    }
}
