//! Work split over the machine's cores with `std::thread::scope`: contiguous chunks, results in
//! order. Small inputs stay on the calling thread, where threads would cost more than they save.

use std::num::NonZeroUsize;

/// Below this many items per thread, one thread does the work.
const MIN_ITEMS_PER_THREAD: usize = 4;

/// Runs `work` on contiguous chunks of `items`, one chunk per core, and returns each chunk's
/// result in order. A chunk whose thread failed gives `None` (never expected: the work does not
/// panic), so that the caller can report it rather than lose it.
pub fn map_chunks<T, R, F>(items: &[T], work: F) -> Vec<(usize, Option<R>)>
where
    T: Sync,
    R: Send,
    F: Fn(&[T]) -> R + Sync,
{
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = cores.min(items.len() / MIN_ITEMS_PER_THREAD).max(1);
    if threads == 1 {
        return vec![(0, Some(work(items)))];
    }
    let chunk_size = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk_size)
            .enumerate()
            .map(|(index, chunk)| {
                let work = &work;
                (index * chunk_size, scope.spawn(move || work(chunk)))
            })
            .collect();
        handles
            .into_iter()
            .map(|(start, handle)| (start, handle.join().ok()))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_come_back_in_order() {
        let items: Vec<usize> = (0..103).collect();
        let results = map_chunks(&items, |chunk| chunk.iter().sum::<usize>());
        let total: usize = results.iter().filter_map(|(_, r)| *r).sum();
        assert_eq!(total, items.iter().sum::<usize>());
        let starts: Vec<usize> = results.iter().map(|(start, _)| *start).collect();
        let mut sorted = starts.clone();
        sorted.sort_unstable();
        assert_eq!(starts, sorted);
        assert_eq!(map_chunks(&items[..3], <[usize]>::len), vec![(0, Some(3))]);
    }
}
