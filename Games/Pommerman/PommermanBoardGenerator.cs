using GameRL.Games.Api;
using GameRL.Games.Batched;

namespace GameRL.Games.Pommerman;

/// <summary>
/// The playground's <c>utility.make_board</c> and <c>make_items</c> on a seeded SplitMix64 stream: walls are laid in pairs
/// mirrored across the main diagonal (which stays free), agents start one cell in from the corners with two free cells of
/// "breathing room" beside them, 4-agent boards get wooden corridors between the agents, and the board is redrawn until at
/// most 4 passages are unreachable (through anything but rigid walls) from the last agent's corner. Items are hidden under
/// distinct random wooden walls, each uniformly an extra bomb, a range increase or a kick.
/// </summary>
internal static class PommermanBoardGenerator
{
    /// <summary>The playground retries forever; a hopeless parameter set here fails after this many boards instead.</summary>
    public const int MaxAttempts = 1000;

    /// <summary>Draws a board and its hidden items from <paramref name="seed"/>.</summary>
    public static void Generate(PommermanConfig config, long seed, Span<byte> board, Span<byte> hidden)
    {
        ulong rng = (ulong)seed;
        int n = config.BoardSize;
        Span<int> coordinates = stackalloc int[n * n];
        Span<int> where = stackalloc int[n * n];
        Span<int> stack = stackalloc int[(n * n) + 1];
        Span<bool> seen = stackalloc bool[n * n];
        for (int attempt = 0; ; attempt++)
        {
            if (attempt == MaxAttempts)
            {
                throw new GameRLException(
                    $"pommerman_lite: no board with at most 4 unreachable passages in {MaxAttempts} tries; use fewer rigid walls");
            }

            Make(config, ref rng, board, coordinates, where);
            if (InaccessiblePassages(board, n, (n * n) - n - 2, stack, seen) <= 4)
            {
                break;
            }
        }

        hidden.Clear();
        int items = config.NumItems;
        while (items > 0)
        {
            int cell = SplitMix64.NextInt(ref rng, n) * n;
            cell += SplitMix64.NextInt(ref rng, n);
            if (board[cell] != (byte)PommermanItem.Wood || hidden[cell] != 0)
            {
                continue;
            }

            hidden[cell] = (byte)((byte)PommermanItem.ExtraBomb + SplitMix64.NextInt(ref rng, 3));
            items--;
        }
    }

    /// <summary>Off-diagonal cells left for random walls once agents, breathing room and corridors are placed.</summary>
    public static int FreeCoordinates(int boardSize, int numAgents)
    {
        int n = boardSize;
        int corridor = numAgents == 4 ? 4 * Math.Max(0, n - 8) : 0;
        int agentsOffDiagonal = numAgents == 4 ? 2 : 0;
        int breathing = numAgents == 4 ? 16 : 8;
        return (n * n) - n - agentsOffDiagonal - breathing - corridor;
    }

    /// <summary>Wooden corridor walls a 4-agent board starts with (the playground's <c>range(4, size - 4)</c>, four per index).</summary>
    public static int CorridorWalls(int boardSize, int numAgents) => numAgents == 4 ? 4 * Math.Max(0, boardSize - 8) : 0;

    private static void Make(PommermanConfig config, ref ulong rng, Span<byte> board, Span<int> coordinates, Span<int> where)
    {
        int n = config.BoardSize;
        board.Clear();
        int count = 0;
        for (int cell = 0; cell < n * n; cell++)
        {
            where[cell] = -1;
            if (cell / n != cell % n)
            {
                where[cell] = count;
                coordinates[count++] = cell;
            }
        }

        void Remove(Span<int> coords, Span<int> index, ref int size, int r, int c)
        {
            int cell = (r * n) + c;
            int i = index[cell];
            int last = coords[--size];
            coords[i] = last;
            index[last] = i;
            index[cell] = -1;
        }

        int Cell(int r, int c) => (r * n) + c;

        if (config.NumAgents == 2)
        {
            board[Cell(1, 1)] = (byte)PommermanItem.Agent0;
            board[Cell(n - 2, n - 2)] = (byte)PommermanItem.Agent1;
        }
        else
        {
            board[Cell(1, 1)] = (byte)PommermanItem.Agent0;
            board[Cell(n - 2, 1)] = (byte)PommermanItem.Agent1;
            board[Cell(n - 2, n - 2)] = (byte)PommermanItem.Agent2;
            board[Cell(1, n - 2)] = (byte)PommermanItem.Agent3;
            Remove(coordinates, where, ref count, n - 2, 1);
            Remove(coordinates, where, ref count, 1, n - 2);
        }

        for (int i = 2; i < 4; i++)
        {
            Remove(coordinates, where, ref count, 1, i);
            Remove(coordinates, where, ref count, i, 1);
            Remove(coordinates, where, ref count, n - 2, n - i - 1);
            Remove(coordinates, where, ref count, n - i - 1, n - 2);
            if (config.NumAgents == 4)
            {
                Remove(coordinates, where, ref count, 1, n - i - 1);
                Remove(coordinates, where, ref count, n - i - 1, 1);
                Remove(coordinates, where, ref count, i, n - 2);
                Remove(coordinates, where, ref count, n - 2, i);
            }
        }

        int wood = config.NumWood;
        if (config.NumAgents == 4)
        {
            for (int i = 4; i < n - 4; i++)
            {
                board[Cell(1, i)] = (byte)PommermanItem.Wood;
                board[Cell(n - i - 1, 1)] = (byte)PommermanItem.Wood;
                board[Cell(n - 2, n - i - 1)] = (byte)PommermanItem.Wood;
                board[Cell(n - i - 1, n - 2)] = (byte)PommermanItem.Wood;
                Remove(coordinates, where, ref count, 1, i);
                Remove(coordinates, where, ref count, n - i - 1, 1);
                Remove(coordinates, where, ref count, n - 2, n - i - 1);
                Remove(coordinates, where, ref count, n - i - 1, n - 2);
                wood -= 4;
            }
        }

        void LayWall(Span<byte> b, Span<int> coords, Span<int> index, ref int size, ref ulong random, byte value)
        {
            int cell = coords[SplitMix64.NextInt(ref random, size)];
            int x = cell / n;
            int y = cell % n;
            Remove(coords, index, ref size, x, y);
            Remove(coords, index, ref size, y, x);
            b[Cell(x, y)] = value;
            b[Cell(y, x)] = value;
        }

        for (int rigid = config.NumRigid; rigid > 0; rigid -= 2)
        {
            LayWall(board, coordinates, where, ref count, ref rng, (byte)PommermanItem.Rigid);
        }

        for (; wood > 0; wood -= 2)
        {
            LayWall(board, coordinates, where, ref count, ref rng, (byte)PommermanItem.Wood);
        }
    }

    /// <summary>The playground's <c>inaccessible_passages</c>: passages not reached by a search through non-rigid cells.</summary>
    private static int InaccessiblePassages(Span<byte> board, int n, int start, Span<int> stack, Span<bool> seen)
    {
        int passages = 0;
        for (int cell = 0; cell < n * n; cell++)
        {
            passages += board[cell] == (byte)PommermanItem.Passage ? 1 : 0;
        }

        seen.Clear();
        int top = 0;
        stack[top++] = start;
        while (top > 0)
        {
            int cell = stack[--top];
            int r = cell / n;
            int c = cell % n;
            for (int d = 0; d < 4; d++)
            {
                int nr = r + (d == 0 ? 1 : d == 1 ? -1 : 0);
                int nc = c + (d == 2 ? 1 : d == 3 ? -1 : 0);
                if (nr < 0 || nc < 0 || nr >= n || nc >= n)
                {
                    continue;
                }

                int next = (nr * n) + nc;
                if (seen[next] || board[next] == (byte)PommermanItem.Rigid)
                {
                    continue;
                }

                if (board[next] == (byte)PommermanItem.Passage)
                {
                    passages--;
                    if (passages == 0)
                    {
                        return 0;
                    }
                }

                seen[next] = true;
                stack[top++] = next;
            }
        }

        return passages;
    }
}
