;;; semdiff-test-support.el --- Helpers for the semdiff ERT suites -*- lexical-binding: t; -*-

;;; Commentary:

;; Shared by semdiff-test.el (drawing recorded JSON) and
;; semdiff-git-test.el (the real CLI in temporary repositories).

;;; Code:

(require 'ert)
(require 'semdiff)

(defconst semdiff-test-root
  (file-name-as-directory
   (expand-file-name "../.." (file-name-directory (or load-file-name buffer-file-name))))
  "The repository of semdiff itself.")

(defconst semdiff-test-fixtures (expand-file-name "fixtures" semdiff-test-root)
  "The golden fixtures the Python tests pin, one directory per case.")

(defun semdiff-test-command ()
  "Return the command that runs the CLI under test.
The check script sets SEMDIFF_TEST_PYTHON to the interpreter of
the environment it checks; without it, `semdiff' on the PATH runs."
  (let ((python (getenv "SEMDIFF_TEST_PYTHON")))
    (if python (list python "-m" "semdiff") '("semdiff"))))

(defun semdiff-test-cases ()
  "Return every fixture case directory, sorted."
  (sort (mapcar #'file-name-directory
                (file-expand-wildcards (expand-file-name "*/*/expected.json"
                                                         semdiff-test-fixtures)))
        #'string<))

(defun semdiff-test-sources (case)
  "Return the old and new files (or directories) of CASE."
  (if (file-directory-p (expand-file-name "old" case))
      (list (expand-file-name "old" case) (expand-file-name "new" case))
    (list (car (file-expand-wildcards (expand-file-name "old.*" case)))
          (car (file-expand-wildcards (expand-file-name "new.*" case))))))

(defun semdiff-test-read (file)
  "Return the contents of FILE."
  (with-temp-buffer
    (let ((coding-system-for-read 'utf-8))
      (insert-file-contents file))
    (buffer-string)))

(defun semdiff-test-render (case &optional document)
  "Return a semdiff buffer drawing DOCUMENT, by default CASE's expected.json.
The buffer is set up as `semdiff-files' would set it up for CASE."
  (let ((buffer (generate-new-buffer "*semdiff-test*"))
        (document (or document
                      (semdiff--parse (semdiff-test-read
                                       (expand-file-name "expected.json" case))))))
    (with-current-buffer buffer
      (semdiff-mode)
      (setq default-directory case)
      (setq semdiff--view (list :kind 'files :sources (semdiff-test-sources case)))
      (semdiff--redraw (semdiff--split-untracked (list (list 'diff nil document)))))
    buffer))

(defun semdiff-test-wait (buffer)
  "Wait until BUFFER's CLI processes have ended and it has been redrawn.
That includes the run over everything that checks a partial redraw."
  (with-timeout (120 (error "The CLI did not finish within 120 seconds"))
    (while (or (buffer-local-value 'semdiff--processes buffer)
               (ignore-errors (buffer-local-value 'semdiff--verifying buffer)))
      (accept-process-output nil 0.05))))

(defun semdiff-test-press (buffer keys)
  "Type KEYS in BUFFER, shown in the selected window, as a user would."
  (switch-to-buffer buffer)
  (execute-kbd-macro (kbd keys)))

(defun semdiff-test-sections (class &optional section)
  "Return the sections of CLASS under SECTION (default: root), in order."
  (let ((section (or section magit-root-section))
        found)
    (when (and section (object-of-class-p section class))
      (push section found))
    (dolist (child (and section (oref section children)))
      (setq found (append (reverse (semdiff-test-sections class child)) found)))
    (nreverse found)))

(defun semdiff-test-heading (section)
  "Return the heading line of SECTION, without properties."
  (save-excursion
    (goto-char (oref section start))
    (buffer-substring-no-properties (line-beginning-position) (line-end-position))))

(defun semdiff-test-goto-line-text (text)
  "Move point to the start of the first line whose text is exactly TEXT."
  (goto-char (point-min))
  (unless (re-search-forward (concat "^" (regexp-quote text) "$") nil t)
    (error "No line %S in %s" text (buffer-name)))
  (beginning-of-line))

(defun semdiff-test-entity (title)
  "Return the first entity section whose heading names TITLE."
  (or (cl-find-if (lambda (section)
                    (string-match-p (concat " " (regexp-quote title) "\\( \\|$\\)")
                                    (semdiff-test-heading section)))
                  (semdiff-test-sections 'semdiff-entity-section))
      (error "No entity %s in %s" title (buffer-name))))

(defun semdiff-test-current-line ()
  "Return the text of the line at point."
  (buffer-substring-no-properties (line-beginning-position) (line-end-position)))

(defconst semdiff-test-old-text "import os


def alpha(x):
    return x + 1


def beta(y):
    y = y * 2
    return y


class Box:
    def get(self):
        return self.v

    def put(self, v):
        self.v = v
"
  "The committed a.py.")

(defconst semdiff-test-new-text "import os


def alpha(x):
    return x + 2


def gamma(y):
    y = y * 2
    return y


class Box:
    def get(self):
        return self.v

    def put(self, v):
        self.v = v
        return v


def delta():
    pass
"
  "a.py in the working tree: four entity changes.")

(defun semdiff-test-write (file text)
  "Write TEXT to FILE, relative to `default-directory'."
  (let ((coding-system-for-write 'utf-8-unix))
    (write-region text nil (expand-file-name file) nil 'silent)))

(defun semdiff-test-git (&rest args)
  "Run git with ARGS in `default-directory'; return its output or fail."
  (with-temp-buffer
    (let ((code (apply #'call-process "git" nil t nil args)))
      (unless (eq code 0)
        (error "Git %S failed: %s" args (buffer-string)))
      (buffer-string))))

(defmacro semdiff-test-with-repo (&rest body)
  "Run BODY in a new repository whose HEAD holds a.py; the tree holds the new a.py."
  (declare (indent 0) (debug t))
  `(let* ((root (file-name-as-directory (make-temp-file "semdiff-git-test" t)))
          (home-parent (make-temp-file "semdiff-home" t))
          (home (expand-file-name "home" home-parent))
          (process-environment
           (append (list (concat "HOME=" home) "GIT_CONFIG_NOSYSTEM=1"
                         "GIT_CONFIG_GLOBAL=/dev/null"
                         "GIT_AUTHOR_NAME=Test" "GIT_AUTHOR_EMAIL=test@example.com"
                         "GIT_COMMITTER_NAME=Test" "GIT_COMMITTER_EMAIL=test@example.com")
                   process-environment))
          (default-directory root)
          (semdiff-command (semdiff-test-command))
          (semdiff-save-buffers nil))
     (unwind-protect
         (progn
           (semdiff-test-git "init" "-q" "-b" "main")
           (semdiff-test-write "a.py" semdiff-test-old-text)
           (semdiff-test-git "add" "a.py")
           (semdiff-test-git "commit" "-q" "-m" "first")
           (semdiff-test-write "a.py" semdiff-test-new-text)
           ,@body)
       (dolist (buffer (buffer-list))
         (when (or (string-prefix-p "*semdiff" (buffer-name buffer))
                   (let ((file (buffer-file-name buffer)))
                     (and file (string-prefix-p root file))))
           (with-current-buffer buffer (set-buffer-modified-p nil))
           (kill-buffer buffer)))
       (delete-directory root t)
       (delete-directory home-parent t))))

(provide 'semdiff-test-support)
;;; semdiff-test-support.el ends here
