using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// A fixed-size array outside the GC heap, freed by the finaliser. Buffers of 2 MiB or more are aligned to 2 MiB
/// and, on Linux, marked for transparent huge pages (madvise): a model's table is read at random, and with 4 KiB
/// pages nearly every lookup would also miss the TLB. Elements are addressed through <see cref="Pointer"/>;
/// a user must keep the owner alive (GC.KeepAlive) while it holds the pointer.
/// </summary>
internal sealed unsafe class NativeBuffer<T> where T : unmanaged
{
    private const nuint HugePage = 2 << 20;
    private readonly nuint _bytes;

    /// <summary>A buffer of <paramref name="length"/> elements, zeroed unless the caller will write every one.</summary>
    public NativeBuffer(int length, bool zeroed = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        nuint bytes = (nuint)length * (nuint)sizeof(T);
        bool huge = bytes >= HugePage;
        _bytes = huge ? (bytes + HugePage - 1) / HugePage * HugePage : Math.Max(bytes, 64);
        Pointer = (T*)NativeMemory.AlignedAlloc(_bytes, huge ? HugePage : 64);
        if (huge && OperatingSystem.IsLinux()) HugePages.Advise(Pointer, _bytes);
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

/// <summary>Asks Linux for transparent huge pages over a range (madvise MADV_HUGEPAGE), before it is touched.</summary>
internal static unsafe partial class HugePages
{
    private const int MadvHugePage = 14;

    public static void Advise(void* address, nuint length)
    {
        // Best effort: without huge pages everything works, only more slowly.
        try { _ = Madvise(address, length, MadvHugePage); }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(void* address, nuint length, int advice);
}
