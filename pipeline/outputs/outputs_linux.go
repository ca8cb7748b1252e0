package outputs

import (
	"errors"
	"os"

	"golang.org/x/sys/unix"
)

// replaceDir puts the folder tmp at path. An existing folder is swapped
// with it in one step (renameat2 RENAME_EXCHANGE), then removed from
// where tmp was: there is no moment without a folder at path.
func replaceDir(tmp, path string) error {
	err := unix.Renameat2(unix.AT_FDCWD, tmp, unix.AT_FDCWD, path, unix.RENAME_EXCHANGE)
	switch {
	case err == nil:
		return os.RemoveAll(tmp)
	case errors.Is(err, unix.ENOENT):
		return os.Rename(tmp, path)
	case errors.Is(err, unix.EINVAL), errors.Is(err, unix.ENOSYS):
		return replaceDirMoving(tmp, path) // a file system without exchange
	}
	return err
}
