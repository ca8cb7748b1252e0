//go:build !linux

package outputs

// replaceDir puts the folder tmp at path, moving an existing one aside
// first.
func replaceDir(tmp, path string) error { return replaceDirMoving(tmp, path) }
