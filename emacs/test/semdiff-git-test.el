;;; semdiff-git-test.el --- The review buffer on real repositories, through the CLI -*- lexical-binding: t; -*-

;;; Commentary:

;; Each test builds a temporary git repository with its own
;; configuration, opens a review buffer with the real CLI
;; (SEMDIFF_TEST_COMMAND) and types keys as a user would.

;;; Code:

(require 'semdiff-test-support)

(defun semdiff-git-test--open (&rest args)
  "Open `semdiff' with ARGS and wait for its first drawing."
  (let ((buffer (apply #'semdiff args)))
    (semdiff-test-wait buffer)
    (switch-to-buffer buffer)
    buffer))

(defun semdiff-git-test--group (role)
  "Return the group section ROLE of the current buffer, or nil."
  (cl-find role (semdiff-test-sections 'semdiff-group-section)
           :key (lambda (section) (oref section value))))

(defun semdiff-git-test--titles (role)
  "Return the entity headings of group ROLE, trimmed of counts."
  (let ((group (semdiff-git-test--group role)))
    (and group
         (mapcar (lambda (section)
                   (let ((data (oref section data)))
                     (format "%s %s" (alist-get 'status data)
                             (semdiff--entity-title data (oref (oref section parent) data)))))
                 (semdiff-test-sections 'semdiff-entity-section group)))))

(defun semdiff-git-test--entity-in (role title)
  "Return the entity section TITLE in group ROLE."
  (or (cl-find-if (lambda (section)
                    (string-match-p (concat " " (regexp-quote title) "\\( \\|$\\)")
                                    (semdiff-test-heading section)))
                  (semdiff-test-sections 'semdiff-entity-section (semdiff-git-test--group role)))
      (error "No entity %s among the %s changes" title role)))

(ert-deftest semdiff-git-test-status-lists-unstaged-entities ()
  "M-x semdiff on a repository with uncommitted changes lists its entities."
  (semdiff-test-with-repo
    (semdiff-git-test--open)
    (should (equal (semdiff-git-test--titles 'unstaged)
                   '("modified alpha" "renamed beta → gamma" "modified Box.put" "added delta")))
    (should-not (semdiff-git-test--group 'staged))
    (should (string-match-p "Unstaged changes index → worktree: 1 file, 1 added, 2 modified, 1 renamed"
                            header-line-format))
    (should (equal (buffer-name) (format "*semdiff: %s*"
                                         (file-name-nondirectory (directory-file-name root)))))
    ;; The real CLI exits 0 after showing a diff, as git diff does.
    (let ((log (with-current-buffer (semdiff--process-buffer) (buffer-string))))
      (should (string-match-p "^exit 0$" log))
      (should-not (string-match-p "^exit [^0]" log)))))

(ert-deftest semdiff-git-test-stage-one-entity ()
  "Expand an entity, press s: the index holds exactly that entity's change."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "beta → gamma") start))
      (semdiff-test-press buffer "TAB")
      (semdiff-test-goto-line-text "+def gamma(y):")
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":a.py")
                     (replace-regexp-in-string "def beta" "def gamma" semdiff-test-old-text)))
      (should (equal (semdiff-test-git "diff" "--cached" "--name-only") "a.py\n"))
      ;; The buffer shows it staged, and the rest still unstaged.
      (should (equal (semdiff-git-test--titles 'staged) '("renamed beta → gamma")))
      (should (equal (semdiff-git-test--titles 'unstaged)
                     '("modified alpha" "modified Box.put" "added delta")))
      ;; u puts it back.
      (goto-char (oref (semdiff-git-test--entity-in 'staged "beta → gamma") start))
      (semdiff-test-press buffer "u")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "diff" "--cached") ""))
      (should-not (semdiff-git-test--group 'staged))
      (should (member "renamed beta → gamma" (semdiff-git-test--titles 'unstaged))))))

(ert-deftest semdiff-git-test-stage-a-whole-file ()
  "s on a file heading stages all its entities, which then equal the working tree."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (car (semdiff-test-sections 'semdiff-file-section)) start))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":a.py") semdiff-test-new-text))
      (should-not (semdiff-git-test--group 'unstaged))
      (should (equal (length (semdiff-git-test--titles 'staged)) 4)))))

(ert-deftest semdiff-git-test-stage-refuses-outside-status ()
  "s in a commit's buffer says why it cannot stage, and changes nothing."
  (semdiff-test-with-repo
    (semdiff-test-git "commit" "-q" "-a" "-m" "second")
    (let ((buffer (semdiff-show "HEAD")))
      (semdiff-test-wait buffer)
      (with-current-buffer buffer
        (goto-char (oref (semdiff-test-entity "beta → gamma") start))
        (should (equal (cadr (should-error (semdiff-stage) :type 'user-error))
                       "Staging works on the unstaged and staged changes (M-x semdiff)"))))))

(ert-deftest semdiff-git-test-discard-one-entity ()
  "k discards one entity after confirmation and leaves the others."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open))
          (asked nil))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "delta") start))
      (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (setq asked prompt) t)))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (equal asked "Discard function delta? "))
      (should (equal (semdiff-test-read (expand-file-name "a.py" root))
                     (substring semdiff-test-new-text 0
                                (1+ (string-match "\n\n\ndef delta" semdiff-test-new-text)))))
      (should (equal (semdiff-git-test--titles 'unstaged)
                     '("modified alpha" "renamed beta → gamma" "modified Box.put")))
      ;; Saying no leaves everything alone.
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (cl-letf (((symbol-function 'y-or-n-p) (lambda (_prompt) nil)))
        (should-error (semdiff-discard) :type 'user-error))
      (should (string-match-p "x \\+ 2" (semdiff-test-read (expand-file-name "a.py" root)))))))

(ert-deftest semdiff-git-test-edit-entity-and-save ()
  "e opens the entity narrowed; C-c C-c saves the file and refreshes the buffer."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "Box.put") start))
      (semdiff-test-press buffer "e")
      (should semdiff-edit-mode)
      (should (buffer-base-buffer))
      (should (equal (buffer-string)
                     "    def put(self, v):\n        self.v = v\n        return v\n"))
      (goto-char (point-max))
      (forward-line -1)
      (insert "        self.count = 1\n")
      (execute-kbd-macro (kbd "C-c C-c"))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-read (expand-file-name "a.py" root))
                     (replace-regexp-in-string
                      "        return v\n"
                      "        self.count = 1\n        return v\n" semdiff-test-new-text)))
      (should (eq (current-buffer) buffer))
      (should (string-match-p "Box.put +body changed +\\+2 "
                              (semdiff-test-heading
                               (semdiff-git-test--entity-in 'unstaged "Box.put")))))))

(ert-deftest semdiff-git-test-edit-entity-and-abort ()
  "C-c C-k puts the entity's text back and leaves the file's buffer unmodified."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (semdiff-test-press buffer "e")
      (let ((base (buffer-base-buffer)))
        (goto-char (point-min))
        (insert "# scratch\n")
        (should (buffer-modified-p base))
        (execute-kbd-macro (kbd "C-c C-k"))
        (should-not (buffer-modified-p base))
        (should (equal (with-current-buffer base (buffer-string)) semdiff-test-new-text))
        (should (equal (semdiff-test-read (expand-file-name "a.py" root))
                       semdiff-test-new-text))
        (should (eq (current-buffer) buffer))))))

(ert-deftest semdiff-git-test-visit-old-and-new-sides ()
  "RET on a - line opens the index version read-only; on a + line, the file."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (magit-section-show (semdiff-git-test--entity-in 'unstaged "beta → gamma"))
      (semdiff-test-goto-line-text "-def beta(y):")
      (semdiff-test-press buffer "RET")
      (should (equal (buffer-name) "a.py.~index~"))
      (should buffer-read-only)
      (should (eq major-mode 'python-mode))
      (should (= (line-number-at-pos) 8))
      (should (equal (semdiff-test-current-line) "def beta(y):"))
      (switch-to-buffer buffer)
      (semdiff-test-goto-line-text "+def gamma(y):")
      (semdiff-test-press buffer "RET")
      (should (equal (buffer-file-name) (expand-file-name "a.py" root)))
      (should (= (line-number-at-pos) 8)))))

(ert-deftest semdiff-git-test-refresh-keeps-expanded-entities ()
  "g after the file changed keeps the expanded entity expanded, with the new diff."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (magit-section-show (semdiff-git-test--entity-in 'unstaged "alpha"))
      (semdiff-test-goto-line-text "+    return x + 2")
      (semdiff-test-write "a.py" (replace-regexp-in-string
                                       "x \\+ 2" "x + 3" semdiff-test-new-text))
      (semdiff-test-press buffer "g")
      (semdiff-test-wait buffer)
      (should-not (oref (semdiff-git-test--entity-in 'unstaged "alpha") hidden))
      (should (oref (semdiff-git-test--entity-in 'unstaged "Box.put") hidden))
      (semdiff-test-goto-line-text "+    return x + 3"))))

(ert-deftest semdiff-git-test-other-views ()
  "semdiff-staged, semdiff-show, semdiff-range and a prefix argument each draw their diff."
  (semdiff-test-with-repo
    (semdiff-test-git "add" "a.py")
    (let ((buffer (semdiff-staged)))
      (semdiff-test-wait buffer)
      (with-current-buffer buffer
        (should (equal (semdiff-git-test--titles 'staged)
                       '("modified alpha" "renamed beta → gamma" "modified Box.put" "added delta")))
        (should (string-match-p "HEAD → index" header-line-format))))
    (semdiff-test-git "commit" "-q" "-m" "second")
    (dolist (buffer (list (semdiff-show "HEAD") (semdiff-range "HEAD~1..HEAD")
                          (semdiff '("HEAD~1"))))
      (semdiff-test-wait buffer)
      (with-current-buffer buffer
        (should (equal (semdiff-git-test--titles 'diff)
                       '("modified alpha" "renamed beta → gamma" "modified Box.put" "added delta")))))
    ;; Old lines of a commit open that commit's version.
    (with-current-buffer (semdiff-show "HEAD")
      (semdiff-test-wait (current-buffer))
      (magit-section-show (semdiff-test-entity "beta → gamma"))
      (semdiff-test-goto-line-text "-def beta(y):")
      (semdiff-test-press (current-buffer) "RET")
      (should (string-match-p "\\`a\\.py\\.~[0-9a-f]\\{7\\}~\\'" (buffer-name)))
      (should (equal (semdiff-test-current-line) "def beta(y):"))
      (should view-mode))
    ;; C-j goes to the working tree's file even from a commit.
    (with-current-buffer (semdiff-show "HEAD")
      (semdiff-test-wait (current-buffer))
      (goto-char (oref (semdiff-test-entity "delta") start))
      (semdiff-test-press (current-buffer) "C-j")
      (should (equal (buffer-file-name) (expand-file-name "a.py" root)))
      (should (equal (semdiff-test-current-line) "def delta():")))))

(ert-deftest semdiff-git-test-refusals ()
  "Outside a repository, and editing what is not a file, say why."
  (semdiff-test-with-repo
    (let ((default-directory (file-name-as-directory (make-temp-file "semdiff-norepo" t))))
      (should (string-prefix-p "Not inside a git working tree"
                               (cadr (should-error (semdiff) :type 'user-error))))
      (delete-directory default-directory t))
    (semdiff-test-git "add" "a.py")
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'staged "alpha") start))
      (should (equal (cadr (should-error (semdiff-edit) :type 'user-error))
                     "The new side is index, not a file: edit from the unstaged changes"))
      (should (eq (current-buffer) buffer)))))

(ert-deftest semdiff-git-test-cli-error-is-reported ()
  "An unknown revision: the CLI's one-line error is shown, nothing is drawn."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-show "no-such-revision")))
      (semdiff-test-wait buffer)
      (with-current-buffer buffer
        (should (string-match-p "no-such-revision" semdiff--last-error))
        (should (string-match-p "\\`semdiff: .*no-such-revision.*\n\\'" (buffer-string)))
        (should-not (semdiff-test-sections 'semdiff-entity-section))))))

(ert-deftest semdiff-git-test-files-and-buffers ()
  "semdiff-files compares two files, or two buffers as they are, unsaved."
  (semdiff-test-with-repo
    (semdiff-test-write "old.py" semdiff-test-old-text)
    (let ((buffer (semdiff-files (expand-file-name "old.py") (expand-file-name "a.py"))))
      (semdiff-test-wait buffer)
      (with-current-buffer buffer
        (should (equal (semdiff-git-test--titles 'diff)
                       '("modified alpha" "renamed beta → gamma" "modified Box.put" "added delta")))))
    (let ((old (find-file-noselect (expand-file-name "old.py")))
          (new (find-file-noselect (expand-file-name "a.py"))))
      (with-current-buffer new
        (goto-char (point-max))
        (insert "\n\ndef epsilon():\n    return 5\n"))
      (let ((buffer (semdiff-files old new)))
        (semdiff-test-wait buffer)
        (with-current-buffer buffer
          (should (member "added epsilon" (semdiff-git-test--titles 'diff)))
          ;; RET on an added line goes to the unsaved buffer itself.
          (magit-section-show (semdiff-test-entity "epsilon"))
          (semdiff-test-goto-line-text "+def epsilon():")
          (semdiff-test-press buffer "RET")
          (should (eq (current-buffer) new))
          (should (equal (semdiff-test-current-line) "def epsilon():")))))))

(ert-deftest semdiff-git-test-stage-all-includes-files-without-lines ()
  "s and u on the whole group reach binary, empty and mode-only files too."
  (semdiff-test-with-repo
    (semdiff-test-write "gone.bin" "\0old")
    (semdiff-test-write "run.sh" "echo hi\n")
    (semdiff-test-git "add" "gone.bin" "run.sh")
    (semdiff-test-git "commit" "-q" "-m" "more")
    (semdiff-test-git "rm" "-q" "--cached" "gone.bin")
    (delete-file "gone.bin")
    (semdiff-test-write "new.bin" "\0new")
    (semdiff-test-write "empty.py" "")
    (set-file-modes "run.sh" #o755)
    (let ((buffer (semdiff-git-test--open)))
      (semdiff-test-git "reset" "-q")
      (semdiff-test-press buffer "g")
      (semdiff-test-wait buffer)
      (should (string-match-p "^mode +run.sh +mode 100644 → 100755"
                              (buffer-substring-no-properties (point-min) (point-max))))
      (goto-char (oref (semdiff-git-test--group 'unstaged) start))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      ;; The unstaged changes are the tracked files'; the untracked ones are a group of their own.
      (should (equal (semdiff-test-git "status" "--porcelain")
                     "M  a.py\nD  gone.bin\nM  run.sh\n?? empty.py\n?? new.bin\n"))
      (goto-char (oref (semdiff-git-test--group 'untracked) start))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "status" "--porcelain")
                     "M  a.py\nA  empty.py\nD  gone.bin\nA  new.bin\nM  run.sh\n"))
      (goto-char (oref (semdiff-git-test--group 'staged) start))
      (semdiff-test-press buffer "u")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "status" "--porcelain")
                     " M a.py\n D gone.bin\n M run.sh\n?? empty.py\n?? new.bin\n")))))

(ert-deftest semdiff-git-test-unstage-and-discard-part-of-a-new-file ()
  "u and k on one entity of a new file leave the rest of it."
  (semdiff-test-with-repo
    (semdiff-test-write "new.py" "def one():\n    return 1\n\n\ndef two():\n    return 2\n")
    (semdiff-test-git "add" "new.py")
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'staged "two") start))
      (semdiff-test-press buffer "u")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":new.py") "def one():\n    return 1\n"))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "two") start))
      (cl-letf (((symbol-function 'y-or-n-p) #'always))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-read (expand-file-name "new.py" root))
                     "def one():\n    return 1\n")))))

(ert-deftest semdiff-git-test-discard-staged-beside-unstaged-edits ()
  "k on a staged entity takes it out of index and tree, leaving unstaged edits."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" (replace-regexp-in-string "x \\+ 1" "x + 2" semdiff-test-old-text))
    (semdiff-test-git "add" "a.py")
    (semdiff-test-write "a.py" (replace-regexp-in-string
                                "x \\+ 1" "x + 2"
                                (replace-regexp-in-string "y \\* 2" "y * 3" semdiff-test-old-text)))
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'staged "alpha") start))
      (cl-letf (((symbol-function 'y-or-n-p) #'always))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "diff" "--cached") ""))
      (should (equal (semdiff-test-read (expand-file-name "a.py" root))
                     (replace-regexp-in-string "y \\* 2" "y * 3" semdiff-test-old-text))))))

(ert-deftest semdiff-git-test-refuses-to-act-on-unseen-edits ()
  "A change made on disk after the buffer was drawn is never discarded unseen."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open))
          (visiting (find-file-noselect (expand-file-name "a.py" root)))
          (unseen (replace-regexp-in-string "x \\+ 2" "x + 2  # unseen" semdiff-test-new-text)))
      (semdiff-test-write "a.py" unseen)
      (switch-to-buffer buffer)
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (cl-letf (((symbol-function 'y-or-n-p) #'always))
        (should (string-prefix-p "It changed since it was shown"
                                 (cadr (should-error (semdiff-discard) :type 'user-error)))))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-read (expand-file-name "a.py" root)) unseen))
      ;; Now it is shown: k discards it, and the file's buffer follows.
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (cl-letf (((symbol-function 'y-or-n-p) #'always))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (string-match-p "return x \\+ 1\n" (with-current-buffer visiting (buffer-string)))))))

(ert-deftest semdiff-git-test-edit-abort-keeps-other-unsaved-edits ()
  "C-c C-k leaves the file's buffer modified when it holds other edits, and no lock file."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (semdiff-test-press buffer "e")
      (let ((edit (current-buffer))
            (base (buffer-base-buffer)))
        (insert "# scratch\n")
        (with-current-buffer base
          (goto-char (point-min))
          (insert "import sys\n"))
        (should-not (file-symlink-p (expand-file-name ".#a.py" root)))
        (with-current-buffer buffer
          (semdiff-refresh)
          (semdiff-test-wait buffer)
          (should (equal (semdiff-git-test--titles 'unstaged)
                         '("modified alpha" "renamed beta → gamma" "modified Box.put"
                           "added delta"))))
        (switch-to-buffer edit)
        (execute-kbd-macro (kbd "C-c C-k"))
        (should (buffer-modified-p base))
        (should (equal (with-current-buffer base (buffer-string))
                       (concat "import sys\n" semdiff-test-new-text)))))))

(ert-deftest semdiff-git-test-redraw-keeps-other-windows-in-place ()
  "A refresh keeps the point of a window that is not selected."
  (semdiff-test-with-repo
    (let* ((buffer (semdiff-git-test--open))
           (window (selected-window))
           (target (oref (semdiff-git-test--entity-in 'unstaged "Box.put") start)))
      (set-window-point window target)
      (select-window (split-window))
      (switch-to-buffer (get-buffer-create "*elsewhere*"))
      (with-current-buffer buffer
        (semdiff-refresh)
        (semdiff-test-wait buffer))
      (should (= (window-point window)
                 (with-current-buffer buffer
                   (oref (semdiff-git-test--entity-in 'unstaged "Box.put") start))))
      (delete-other-windows window))))

(ert-deftest semdiff-git-test-lines-and-columns ()
  "No newline at end of file is marked; RET lands on characters, tabs or not; C-j follows renames."
  (semdiff-test-with-repo
    (semdiff-test-write "t.py" "class A:\n\tdef f(self):\n\t\treturn 1\n")
    (semdiff-test-git "add" "t.py")
    (semdiff-test-git "commit" "-q" "-m" "tabs")
    (semdiff-test-write "t.py" "class A:\n\tdef f(self):\n\t\treturn 2")
    (let ((buffer (semdiff-git-test--open)))
      (magit-section-show (semdiff-git-test--entity-in 'unstaged "A.f"))
      (semdiff-test-goto-line-text "+\t\treturn 2")
      (forward-line 1)
      (should (equal (semdiff-test-current-line) "\\ No newline at end of file"))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "A.f") start))
      (semdiff-test-press buffer "RET")
      (should (looking-at "def f"))
      (switch-to-buffer buffer)
      (semdiff-test-goto-line-text "+\t\treturn 2")
      (forward-char 3)
      (semdiff-test-press buffer "RET")
      (should (looking-at "return 2")))
    (semdiff-test-git "checkout" "-q" "t.py")
    (semdiff-test-git "mv" "a.py" "b.py")
    (semdiff-test-git "commit" "-q" "-a" "-m" "renamed")
    (with-current-buffer (semdiff-show "HEAD")
      (semdiff-test-wait (current-buffer))
      (magit-section-show (semdiff-test-entity "alpha"))
      (semdiff-test-goto-line-text "-    return x + 1")
      (semdiff-test-press (current-buffer) "C-j")
      (should (equal (buffer-file-name) (expand-file-name "b.py" root))))))

(ert-deftest semdiff-git-test-prefix-with-no-revisions-is-the-status ()
  "C-u M-x semdiff with an empty answer shows unstaged and staged changes."
  (semdiff-test-with-repo
    ;; RET on an empty minibuffer: read-string returns its DEFAULT, if any.
    (cl-letf (((symbol-function 'read-string)
               (lambda (_prompt &optional _initial _history default &rest _)
                 (or (car-safe default) default ""))))
      (let* ((current-prefix-arg '(4))
             (buffer (call-interactively #'semdiff)))
        (semdiff-test-wait buffer)
        (with-current-buffer buffer
          (should (eq (plist-get semdiff--view :kind) 'status)))))))

(ert-deftest semdiff-git-test-failed-refresh-marks-the-buffer-stale ()
  "After a failed refresh the old contents stay, marked as not refreshed."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (let ((semdiff-command (list "sh" "-c" "echo 'semdiff: error: boom' >&2; exit 2" "x")))
        (semdiff-test-press buffer "g")
        (semdiff-test-wait buffer))
      (should (string-prefix-p "[not refreshed: see $] " header-line-format))
      (should (semdiff-git-test--entity-in 'unstaged "alpha"))
      (semdiff-test-press buffer "g")
      (semdiff-test-wait buffer)
      (should-not (string-match-p "not refreshed" header-line-format)))))

(ert-deftest semdiff-git-test-history-of-an-entity ()
  "l on an entity renamed in one commit and edited in another lists both, newest first."
  (semdiff-test-with-repo
    (let ((renamed (replace-regexp-in-string "def beta" "def gamma" semdiff-test-old-text)))
      (semdiff-test-write "a.py" renamed)
      (semdiff-test-git "commit" "-q" "-a" "-m" "rename beta")
      (semdiff-test-write "a.py" (replace-regexp-in-string "y \\* 2" "y * 3" renamed))
      (semdiff-test-git "commit" "-q" "-a" "-m" "edit gamma"))
    (let ((review (semdiff-show "HEAD")))
      (semdiff-test-wait review)
      (goto-char (oref (semdiff-test-entity "gamma") start))
      (semdiff-test-press review "l")
      (let ((history (current-buffer)))
        (should (eq major-mode 'semdiff-history-mode))
        (should (equal (buffer-name) "*semdiff history: gamma (a.py)*"))
        (semdiff-test-wait history)
        (should (string-match-p "\\`History of gamma in a\\.py  3 commits from [0-9a-f]\\{7\\}$"
                                (semdiff-test-heading magit-root-section)))
        (let ((commits (semdiff-test-sections 'semdiff-commit-section)))
          ;; Newest first: the edit, the rename, then the commit that added it.
          (should (equal (mapcar (lambda (section) (alist-get 'subject (oref section data)))
                                 commits)
                         '("edit gamma" "rename beta" "first")))
          (should (equal (oref (car commits) value)
                         (string-trim (semdiff-test-git "rev-parse" "HEAD"))))
          (should (string-match-p "\\`[0-9a-f]\\{7\\} [0-9-]\\{10\\} Test +modified +edit gamma"
                                  (semdiff-test-heading (car commits))))
          (should (string-match-p "renamed +rename beta .*  beta → gamma$"
                                  (semdiff-test-heading (cadr commits))))
          ;; Collapsed until TAB, which shows the entity's diff in that commit.
          (should-not (ignore-errors (semdiff-test-goto-line-text "+def gamma(y):")))
          (goto-char (oref (cadr commits) start))
          (semdiff-test-press history "TAB")
          (semdiff-test-goto-line-text "+def gamma(y):")
          (should (magit-section-match 'semdiff-hunk-section))
          (semdiff-test-goto-line-text "-def beta(y):")
          (should-not (ignore-errors (semdiff-test-goto-line-text "+    y = y * 3")))
          (goto-char (oref (car commits) start))
          (semdiff-test-press history "TAB")
          (semdiff-test-goto-line-text "+    y = y * 3")
          ;; g keeps the expanded commits expanded.
          (semdiff-test-press history "g")
          (semdiff-test-wait history)
          (semdiff-test-goto-line-text "-def beta(y):")
          ;; RET reviews the whole commit.
          (goto-char (oref (cadr (semdiff-test-sections 'semdiff-commit-section)) start))
          (semdiff-test-press history "RET")
          (semdiff-test-wait (current-buffer))
          (should (eq major-mode 'semdiff-mode))
          (should (equal (plist-get semdiff--view :args)
                         (list (oref (cadr commits) value))))
          (should (semdiff-test-entity "beta → gamma")))))
    ;; From the working tree's changes, the history starts at HEAD.
    (semdiff-test-write "a.py" (replace-regexp-in-string "def gamma" "def omega"
                                                         (semdiff-test-read (expand-file-name "a.py" root))))
    (let ((review (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "gamma → omega") start))
      (semdiff-test-press review "l")
      (semdiff-test-wait (current-buffer))
      (should (equal (mapcar (lambda (section) (alist-get 'subject (oref section data)))
                             (semdiff-test-sections 'semdiff-commit-section))
                     '("edit gamma" "rename beta" "first"))))))

(ert-deftest semdiff-git-test-history-error-is-reported ()
  "An entity in no commit, or a top level: l says why not; a CLI error shows as in the review buffer."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" (replace-regexp-in-string "import os" "import sys"
                                                         semdiff-test-new-text))
    (semdiff-git-test--open)
    (goto-char (oref (semdiff-git-test--entity-in 'unstaged "delta") start))
    (should (equal (cadr (should-error (semdiff-history) :type 'user-error))
                   "delta is in no commit yet"))
    (goto-char (oref (semdiff-git-test--entity-in 'unstaged "top level") start))
    (should (string-prefix-p "A file’s top level has no history"
                             (cadr (should-error (semdiff-history) :type 'user-error))))
    (let ((history (semdiff-history-open "nope" "a.py" "HEAD" root)))
      (semdiff-test-wait history)
      (with-current-buffer history
        (should (string-match-p "nope" semdiff--last-error))
        (should (string-match-p "\\`semdiff: .*nope.*\n\\'" (buffer-string)))
        (should-not (semdiff-test-sections 'semdiff-commit-section))))))

;;;; Safety (issue 19, scope 1)

(defmacro semdiff-git-test--never-ask-yes-or-no (&rest body)
  "Run BODY with `yes-or-no-p' failing the test instead of waiting for an answer.
Old code asked to save or re-read a buffer after changing its file
on disk; in batch that question would wait forever."
  (declare (indent 0))
  `(cl-letf (((symbol-function 'yes-or-no-p)
              (lambda (prompt) (error "Asked: %s" prompt))))
     ,@body))

(defun semdiff-git-test--file-in (role path)
  "Return the file section of PATH in group ROLE."
  (or (cl-find-if (lambda (section)
                    (let ((data (oref section data)))
                      (member path (list (alist-get 'old_path data) (alist-get 'new_path data)))))
                  (semdiff-test-sections 'semdiff-file-section (semdiff-git-test--group role)))
      (error "No file %s among the %s changes" path role)))

(defun semdiff-git-test--file-paths (role)
  "Return the paths of the files of group ROLE, in order."
  (mapcar (lambda (section) (semdiff--file-title (oref section data)))
          (semdiff-test-sections 'semdiff-file-section (semdiff-git-test--group role))))

(defconst semdiff-git-test--new-py "def one():\n    return 1\n"
  "An untracked Python file with one function.")

(ert-deftest semdiff-git-test-untracked-files-have-their-own-section ()
  "Untracked files are listed in an \"Untracked files\" group ahead of the unstaged changes."
  (semdiff-test-with-repo
    (semdiff-test-write "notes.txt" "remember\n")
    (semdiff-test-write "new.py" semdiff-git-test--new-py)
    (semdiff-git-test--open)
    (should (equal (mapcar (lambda (section) (oref section value))
                           (semdiff-test-sections 'semdiff-group-section))
                   '(untracked unstaged)))
    (should (equal (semdiff-test-heading (semdiff-git-test--group 'untracked))
                   "Untracked files (2)"))
    (should (equal (semdiff-git-test--file-paths 'untracked) '("new.py" "notes.txt")))
    (should (equal (semdiff-git-test--file-paths 'unstaged) '("a.py")))
    (should (string-match-p "\\`Unstaged changes: index → worktree  1 file, 1 added, 2 modified, \
1 renamed$" (semdiff-test-heading (semdiff-git-test--group 'unstaged))))
    (should (string-match-p "\\`Untracked files: 2   Unstaged changes index → worktree: 1 file, "
                            header-line-format))))

(ert-deftest semdiff-git-test-discard-all-unstaged-keeps-untracked-files ()
  "k on the unstaged changes discards the tracked files' changes and never an untracked file."
  (semdiff-test-with-repo
    (semdiff-test-write "notes.txt" "remember\n")
    (semdiff-test-write "new.py" semdiff-git-test--new-py)
    (let ((buffer (semdiff-git-test--open))
          (asked nil))
      (goto-char (oref (semdiff-git-test--group 'unstaged) start))
      (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (push prompt asked) t)))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (equal asked '("Discard all unstaged changes? ")))
      (should (equal (semdiff-test-read (expand-file-name "a.py" root)) semdiff-test-old-text))
      (should (equal (semdiff-test-read (expand-file-name "notes.txt" root)) "remember\n"))
      (should (equal (semdiff-test-read (expand-file-name "new.py" root))
                     semdiff-git-test--new-py))
      (should (equal (semdiff-git-test--file-paths 'untracked) '("new.py" "notes.txt")))
      (should-not (semdiff-git-test--group 'unstaged)))))

(ert-deftest semdiff-git-test-discard-untracked-file-asks-and-honours-the-trash ()
  "k on an untracked file asks to delete it and moves it to the trash when so set."
  (semdiff-test-with-repo
    (semdiff-test-write "notes.txt" "remember\n")
    (semdiff-test-write "new.py" semdiff-git-test--new-py)
    (let* ((buffer (semdiff-git-test--open))
           (trash (file-name-as-directory (make-temp-file "semdiff-trash" t)))
           (trash-directory trash)
           (delete-by-moving-to-trash t)
           (asked nil))
      (unwind-protect
          (progn
            (goto-char (oref (semdiff-git-test--file-in 'untracked "notes.txt") start))
            (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (push prompt asked) t)))
              (semdiff-test-press buffer "k"))
            (semdiff-test-wait buffer)
            (should (equal asked '("Delete untracked file notes.txt? ")))
            (should-not (file-exists-p (expand-file-name "notes.txt" root)))
            (should (equal (semdiff-test-read (expand-file-name "notes.txt" trash))
                           "remember\n"))
            ;; The one entity of an untracked file: the same question, the same trash.
            (setq asked nil)
            (goto-char (oref (semdiff-git-test--entity-in 'untracked "one") start))
            (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (push prompt asked) t)))
              (semdiff-test-press buffer "k"))
            (semdiff-test-wait buffer)
            (should (equal asked '("Delete untracked file new.py? ")))
            (should (equal (semdiff-test-read (expand-file-name "new.py" trash))
                           semdiff-git-test--new-py))
            (should-not (semdiff-git-test--group 'untracked))
            ;; Declining deletes nothing.
            (semdiff-test-write "kept.txt" "keep\n")
            (semdiff-test-press buffer "g")
            (semdiff-test-wait buffer)
            (goto-char (oref (semdiff-git-test--file-in 'untracked "kept.txt") start))
            (cl-letf (((symbol-function 'y-or-n-p) #'ignore))
              (should-error (semdiff-discard) :type 'user-error))
            (should (file-exists-p (expand-file-name "kept.txt" root))))
        (delete-directory trash t)))))

(ert-deftest semdiff-git-test-unsaved-buffer-refuses-before-any-change ()
  "With unsaved edits in a.py's buffer, k, s and u change nothing and say why."
  (semdiff-test-with-repo
   (semdiff-git-test--never-ask-yes-or-no
    (let* ((buffer (semdiff-git-test--open))
           (visiting (find-file-noselect (expand-file-name "a.py" root))))
      (with-current-buffer visiting
        (goto-char (point-max))
        (insert "    # unsaved\n"))
      (switch-to-buffer buffer)
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (dolist (command (list #'semdiff-discard #'semdiff-stage))
        (cl-letf (((symbol-function 'y-or-n-p) #'always))
          (should (equal (cadr (should-error (funcall command) :type 'user-error))
                         "a.py has unsaved changes: save or revert it first (nothing changed)"))))
      (should (equal (semdiff-test-read (expand-file-name "a.py" root)) semdiff-test-new-text))
      (should (equal (semdiff-test-git "diff" "--cached") ""))
      (should (buffer-modified-p visiting))
      (should (equal (with-current-buffer visiting (buffer-string))
                     (concat semdiff-test-new-text "    # unsaved\n")))))))

(ert-deftest semdiff-git-test-unsaved-buffer-is-saved-first-and-reverted-after ()
  "With `semdiff-save-buffers' t, k saves a.py's buffer first, discards, and reverts it."
  (semdiff-test-with-repo
   (semdiff-git-test--never-ask-yes-or-no
    (let* ((buffer (semdiff-git-test--open))
           (visiting (find-file-noselect (expand-file-name "a.py" root)))
           (semdiff-save-buffers t)
           (expected (concat (replace-regexp-in-string "x \\+ 2" "x + 1" semdiff-test-new-text)
                             "    # saved\n")))
      (with-current-buffer visiting
        (goto-char (point-max))
        (insert "    # saved\n"))
      (switch-to-buffer buffer)
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (cl-letf (((symbol-function 'y-or-n-p) #'always))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-read (expand-file-name "a.py" root)) expected))
      (should-not (buffer-modified-p visiting))
      (should (equal (with-current-buffer visiting (buffer-string)) expected))))))

(defconst semdiff-git-test--class-old "class Old:
    def keep(self):
        return 0

    def helper(self, x):
        y = x + 1
        z = y * 2
        return z


def other():
    return 1
"
  "A class with two methods.")

(defconst semdiff-git-test--class-new "class Old:
    def keep(self):
        return 0


def other():
    return 1


class New:
    def helper(self, x):
        y = x + 1
        z = y * 2
        return z
"
  "One of them moved into a new class.")

(ert-deftest semdiff-git-test-stage-moved-entity-into-a-new-class ()
  "s on a method moved into a new class says the class comes too, and stages both."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" semdiff-git-test--class-old)
    (semdiff-test-git "commit" "-q" "-a" "-m" "classes")
    (semdiff-test-write "a.py" semdiff-git-test--class-new)
    (let ((buffer (semdiff-git-test--open))
          (asked nil))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "Old.helper → New.helper") start))
      ;; Declined: nothing is staged.
      (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (push prompt asked) nil)))
        (should (string-prefix-p "Nothing staged"
                                 (cadr (should-error (semdiff-stage) :type 'user-error)))))
      (should (equal asked '("method Old.helper → New.helper goes into class New, which is \
not staged yet: stage it too? ")))
      (should (equal (semdiff-test-git "diff" "--cached") ""))
      (cl-letf (((symbol-function 'y-or-n-p) #'always))
        (semdiff-test-press buffer "s"))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":a.py") semdiff-git-test--class-new))
      (should-not (semdiff-git-test--group 'unstaged)))))

;; Its lines alone would leave the methods at the top level, indented: no longer Python.
(ert-deftest semdiff-git-test-stage-a-removed-class-takes-its-removed-methods ()
  "s on a removed class says its removed methods go too, and stages the whole removal."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" semdiff-git-test--class-old)
    (semdiff-test-git "commit" "-q" "-a" "-m" "classes")
    (semdiff-test-write "a.py" "def other():\n    return 1\n")
    (let ((buffer (semdiff-git-test--open))
          (asked nil))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "Old") start))
      (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (push prompt asked) nil)))
        (should (string-prefix-p "Nothing staged"
                                 (cadr (should-error (semdiff-stage) :type 'user-error)))))
      (should (equal asked '("class Old holds method Old.keep, method Old.helper: stage them \
too? ")))
      (cl-letf (((symbol-function 'y-or-n-p) #'always))
        (semdiff-test-press buffer "s"))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":a.py") "def other():\n    return 1\n"))
      (should-not (semdiff-git-test--group 'unstaged)))))

;;;; Hunks and regions (issue 19, scope 3)

(defconst semdiff-git-test--compute-old "def compute(values):
    total = 0
    for value in values:
        total += value
    count = len(values)
    first = values[0]
    last = values[-1]
    middle = values[count // 2]
    spread = last - first
    mean = total / count
    return mean, spread, middle
"
  "A function whose change below has two hunks.")

(defconst semdiff-git-test--compute-new "def compute(values):
    total = 1
    extra = 2
    for value in values:
        total += value
    count = len(values)
    first = values[0]
    last = values[-1]
    middle = values[count // 2]
    spread = last - first
    mean = total / max(count, 1)
    return mean, spread
"
  "Two hunks: the first two lines, the last two.")

(defun semdiff-git-test--compute-with (&rest pairs)
  "Return the old compute with PAIRS of (OLD-LINE . NEW-LINES) replaced."
  (let ((text semdiff-git-test--compute-old))
    (dolist (pair pairs text)
      (setq text (replace-regexp-in-string (regexp-quote (car pair)) (cdr pair) text t t)))))

(defmacro semdiff-git-test--with-compute (&rest body)
  "Run BODY in a repository whose calc.py changed from the old compute to the new."
  (declare (indent 0))
  `(semdiff-test-with-repo
     (semdiff-test-write "calc.py" semdiff-git-test--compute-old)
     (semdiff-test-git "add" "calc.py")
     (semdiff-test-git "commit" "-q" "-a" "-m" "calc")
     (semdiff-test-write "calc.py" semdiff-git-test--compute-new)
     ,@body))

(defun semdiff-git-test--expand (buffer role title)
  "Expand entity TITLE of group ROLE in BUFFER."
  (goto-char (oref (semdiff-git-test--entity-in role title) start))
  (semdiff-test-press buffer "TAB"))

(defun semdiff-git-test--select (buffer from to)
  "In BUFFER, make the lines FROM to TO (their exact text) the active region."
  (switch-to-buffer buffer)
  (transient-mark-mode 1)
  (semdiff-test-goto-line-text to)
  (let ((end (line-end-position)))
    (semdiff-test-goto-line-text from)
    (push-mark (point) t t)
    (goto-char end)))

(ert-deftest semdiff-git-test-stage-unstage-and-discard-a-hunk ()
  "s, u and k on a hunk of an expanded entity act on that hunk alone."
  (semdiff-git-test--with-compute
    (let ((buffer (semdiff-git-test--open))
          (asked nil)
          (second-hunk (semdiff-git-test--compute-with
                        '("    mean = total / count\n    return mean, spread, middle\n"
                          . "    mean = total / max(count, 1)\n    return mean, spread\n"))))
      (semdiff-git-test--expand buffer 'unstaged "compute")
      (should (= (length (semdiff-test-sections 'semdiff-hunk-section)) 2))
      (semdiff-test-goto-line-text "+    return mean, spread")
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":calc.py") second-hunk))
      (should (equal (semdiff-test-read (expand-file-name "calc.py" root))
                     semdiff-git-test--compute-new))
      ;; Both groups now hold compute: unstage the staged hunk.
      (semdiff-git-test--expand buffer 'staged "compute")
      (goto-char (oref (semdiff-git-test--group 'staged) start))
      (re-search-forward "^\\+    return mean, spread$")
      (semdiff-test-press buffer "u")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "diff" "--cached") ""))
      ;; k on the first hunk: the working tree loses it, keeps the second.
      (semdiff-git-test--expand buffer 'unstaged "compute")
      (semdiff-test-goto-line-text "+    extra = 2")
      (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (push prompt asked) t)))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (equal asked '("Discard hunk 1 of function compute? ")))
      (should (equal (semdiff-test-read (expand-file-name "calc.py" root)) second-hunk)))))

(ert-deftest semdiff-git-test-stage-unstage-and-discard-a-region ()
  "With an active region over some lines of a hunk, s, u and k act on those lines."
  (semdiff-git-test--with-compute
    (let ((buffer (semdiff-git-test--open))
          (asked nil)
          (extra-only (semdiff-git-test--compute-with
                       '("    total = 0\n" . "    total = 0\n    extra = 2\n"))))
      (semdiff-git-test--expand buffer 'unstaged "compute")
      ;; The added line alone: the removed line above it stays, as git add -p leaves it.
      (semdiff-git-test--select buffer "+    extra = 2" "+    extra = 2")
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":calc.py") extra-only))
      ;; Unstage it by a region in the staged group.
      (semdiff-git-test--expand buffer 'staged "compute")
      (goto-char (oref (semdiff-git-test--group 'staged) start))
      (re-search-forward "^\\+    extra = 2$")
      (let ((line (buffer-substring-no-properties (line-beginning-position) (line-end-position))))
        (push-mark (line-beginning-position) t t)
        (should (equal line "+    extra = 2")))
      (semdiff-test-press buffer "u")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "diff" "--cached") ""))
      ;; Discard the total line's change only: the extra line and hunk 2 stay.
      (semdiff-git-test--expand buffer 'unstaged "compute")
      (semdiff-git-test--select buffer "-    total = 0" "+    total = 1")
      (cl-letf (((symbol-function 'y-or-n-p) (lambda (prompt) (push prompt asked) t)))
        (semdiff-test-press buffer "k"))
      (semdiff-test-wait buffer)
      (should (equal asked '("Discard lines 2-3 of hunk 1 of function compute? ")))
      (should (equal (semdiff-test-read (expand-file-name "calc.py" root))
                     (replace-regexp-in-string
                      (regexp-quote "    total = 1\n")
                      "    total = 0\n" semdiff-git-test--compute-new t t)))
      (should (equal (semdiff-test-git "diff" "--cached") "")))))

(ert-deftest semdiff-git-test-region-outside-one-hunk-is-refused ()
  "A region that spans two hunks changes nothing and says why."
  (semdiff-git-test--with-compute
    (let ((buffer (semdiff-git-test--open)))
      (semdiff-git-test--expand buffer 'unstaged "compute")
      (semdiff-git-test--select buffer "+    extra = 2" "+    return mean, spread")
      (should (equal (cadr (should-error (semdiff-stage) :type 'user-error))
                     "The region must lie within the lines of one hunk"))
      (should (equal (semdiff-test-git "diff" "--cached") "")))))

;;;; The resident server (issue 19, scope 2)

(ert-deftest semdiff-git-test-stage-is-one-cli-request-on-the-files-involved ()
  "s on an entity runs the CLI once before the refresh: check and patch, on its file only."
  (semdiff-test-with-repo
    (semdiff-test-write "b.py" "def other():\n    return 1\n")
    (semdiff-test-git "add" "b.py")
    (semdiff-test-git "commit" "-q" "-m" "b")
    (semdiff-test-write "b.py" "def other():\n    return 2\n")
    (let ((buffer (semdiff-git-test--open))
          (calls nil))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (cl-letf* ((call-cli (symbol-function 'semdiff--call-cli))
                 ((symbol-function 'semdiff--call-cli)
                  (lambda (args &optional callback)
                    (unless callback (push args calls))
                    (funcall call-cli args callback))))
        (semdiff-test-press buffer "s")
        (semdiff-test-wait buffer))
      (should (= (length calls) 1))
      (should (member "--with-report" (car calls)))
      (should (equal (member "--" (car calls)) '("--" "a.py")))
      (should (equal (semdiff-test-git "diff" "--cached" "--name-only") "a.py\n"))
      ;; A file changed after it was drawn: the same one request refuses, nothing is staged.
      (semdiff-test-git "reset" "-q")
      (semdiff-test-press buffer "g")
      (semdiff-test-wait buffer)
      (semdiff-test-write "a.py" (replace-regexp-in-string "x \\+ 2" "x + 7" semdiff-test-new-text))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (should (string-prefix-p "It changed since it was shown"
                               (cadr (should-error (semdiff-stage) :type 'user-error))))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "diff" "--cached") "")))))

(defun semdiff-git-test--snapshot ()
  "Return the buffer's text and its sections' idents and visibility."
  (list (buffer-substring-no-properties (point-min) (point-max))
        (mapcar (lambda (section) (list (magit-section-ident section) (oref section hidden)
                                        (marker-position (oref section start))
                                        (marker-position (oref section end))))
                (semdiff-test-sections 'magit-section))
        header-line-format))

(ert-deftest semdiff-git-test-stage-redraws-only-the-files-involved ()
  "After s, u or k only the touched file's sections are drawn again; the rest stays.
What is drawn equals a full refresh's drawing, with point and the
expanded entities kept."
  (semdiff-test-with-repo
    (semdiff-test-write "b.py" "def other():\n    return 1\n")
    (semdiff-test-git "add" "b.py")
    (semdiff-test-git "commit" "-q" "-m" "b")
    (semdiff-test-write "b.py" "def other():\n    return 2\n")
    (let* ((buffer (semdiff-git-test--open))
           (runs nil)
           (b-first (oref (semdiff-git-test--entity-in 'unstaged "other") parent)))
      (let ((inhibit-read-only t))
        (put-text-property (oref b-first start) (1+ (oref b-first start)) 'semdiff-test-mark 'b))
      ;; The first stage makes the staged group appear, drawn alone.
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-git-test--titles 'staged) '("modified alpha")))
      (should (eq (oref (semdiff-git-test--entity-in 'unstaged "other") parent) b-first))
      (should (eq (get-text-property (oref b-first start) 'semdiff-test-mark) 'b))
      ;; Expand an entity of a.py, and mark b.py's section and the staged group's heading.
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "Box.put") start))
      (semdiff-test-press buffer "TAB")
      (let* ((b-section (oref (semdiff-git-test--entity-in 'unstaged "other") parent))
             (staged (semdiff-git-test--group 'staged))
             (b-start (marker-position (oref b-section start))))
        (let ((inhibit-read-only t))
          (put-text-property b-start (1+ b-start) 'semdiff-test-mark 'b)
          (put-text-property (oref staged start) (1+ (oref staged start)) 'semdiff-test-mark 'g))
        (goto-char (oref (semdiff-git-test--entity-in 'unstaged "beta → gamma") start))
        (cl-letf* ((call-cli (symbol-function 'semdiff--call-cli))
                   ((symbol-function 'semdiff--call-cli)
                    (lambda (args &optional callback)
                      (when callback (push args runs))
                      (funcall call-cli args callback))))
          (semdiff-test-press buffer "s")
          (semdiff-test-wait buffer))
        (should (equal (semdiff-git-test--titles 'staged) '("modified alpha" "renamed beta → gamma")))
        (should (equal (semdiff-git-test--titles 'unstaged)
                       '("modified Box.put" "added delta" "modified other")))
        ;; The refresh ran on a.py only, and b.py's section was not drawn again:
        ;; the same section object, its text with the mark still on it.
        ;; (The runs over everything after it check it: found equal, nothing redrawn.)
        (should (equal (mapcar (lambda (args) (member "--" args)) (reverse runs))
                       '(("--" "a.py") ("--" "a.py") nil nil)))
        (should (eq (oref (semdiff-git-test--entity-in 'unstaged "other") parent) b-section))
        (should (eq (get-text-property (oref b-section start) 'semdiff-test-mark) 'b))
        (should (eq (semdiff-git-test--group 'staged) staged))
        (should (eq (get-text-property (oref staged start) 'semdiff-test-mark) 'g))
        ;; The group heading counts the change; point stays in a.py; Box.put is still open.
        (should (string-match-p "1 file, 1 modified, 1 renamed" (semdiff-test-heading staged)))
        (should (eq (semdiff--ancestor 'semdiff-file-section)
                    (oref (semdiff-git-test--entity-in 'unstaged "Box.put") parent)))
        (should-not (oref (semdiff-git-test--entity-in 'unstaged "Box.put") hidden))
        ;; u and k, confined as well.
        (goto-char (oref (semdiff-git-test--entity-in 'staged "alpha") start))
        (semdiff-test-press buffer "u")
        (semdiff-test-wait buffer)
        (goto-char (oref (semdiff-git-test--entity-in 'unstaged "delta") start))
        (cl-letf (((symbol-function 'y-or-n-p) (lambda (_prompt) t)))
          (semdiff-test-press buffer "k"))
        (semdiff-test-wait buffer)
        (should (eq (get-text-property (oref b-section start) 'semdiff-test-mark) 'b))
        (should (equal (semdiff-git-test--titles 'unstaged)
                       '("modified alpha" "modified Box.put" "modified other")))
        ;; The staged group goes away with its last entity.
        (goto-char (oref (semdiff-git-test--entity-in 'staged "beta → gamma") start))
        (semdiff-test-press buffer "u")
        (semdiff-test-wait buffer)
        (should-not (semdiff-git-test--group 'staged))
        (should (eq (get-text-property (oref b-section start) 'semdiff-test-mark) 'b))
        (should (equal (semdiff-git-test--titles 'unstaged)
                       '("modified alpha" "renamed beta → gamma" "modified Box.put"
                         "modified other")))
        ;; What the partial redraws left equals what a full refresh draws.
        (let ((partial (semdiff-git-test--snapshot))
              (place (point)))
          (semdiff-test-press buffer "g")
          (semdiff-test-wait buffer)
          (should (equal (semdiff-git-test--snapshot) partial))
          (should (= (point) place))
          (should-not (get-text-property (oref (semdiff-git-test--entity-in 'unstaged "other")
                                               start)
                                         'semdiff-test-mark)))))))


(ert-deftest semdiff-git-test-stage-beside-a-move-to-another-file-redraws-everything ()
  "A move between the files involved redraws those; one reaching another file, all.
After s on a.py's beta, the staged move of alpha from a.py to b.py
would be drawn from a run on a.py alone as a removal: the refresh
runs over everything instead.  Either way the buffer ends as a
full refresh draws it."
  (semdiff-test-with-repo
    (semdiff-test-write "b.py" "def other():\n    return 1\n")
    (semdiff-test-git "add" "b.py")
    (semdiff-test-git "commit" "-q" "-m" "b")
    (semdiff-test-write "a.py" (replace-regexp-in-string "\n\n\ndef alpha(x):\n    return x \\+ 1\n"
                                                         "" semdiff-test-old-text))
    (semdiff-test-write "b.py" "def other():\n    return 1\n\n\ndef alpha(x):\n    return x + 1\n")
    (let ((buffer (semdiff-git-test--open))
          (runs nil)
          (redraws 0))
      (cl-letf* ((call-cli (symbol-function 'semdiff--call-cli))
                 ((symbol-function 'semdiff--call-cli)
                  (lambda (args &optional callback)
                    (when callback (push args runs))
                    (funcall call-cli args callback))))
        (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha (from a.py)") start))
        (semdiff-test-press buffer "s")
        (semdiff-test-wait buffer)
        (should (equal (mapcar (lambda (args) (member "--" args)) (reverse runs))
                       '(("--" "a.py" "b.py") ("--" "a.py" "b.py") nil nil)))
        (should (equal (semdiff-git-test--titles 'staged)
                       '("moved alpha (to b.py)" "moved alpha (from a.py)")))
        (semdiff-test-write "a.py" (replace-regexp-in-string
                                    "y \\* 2" "y * 3"
                                    (replace-regexp-in-string
                                     "\n\n\ndef alpha(x):\n    return x \\+ 1\n"
                                     "" semdiff-test-old-text)))
        (semdiff-test-press buffer "g")
        (semdiff-test-wait buffer)
        (setq runs nil)
        (goto-char (oref (semdiff-git-test--entity-in 'unstaged "beta") start))
        (let ((semdiff-after-refresh-hook (list (lambda () (cl-incf redraws)))))
          (semdiff-test-press buffer "s")
          (semdiff-test-wait buffer)))
      ;; The runs on a.py, given up (nothing drawn from them), then over everything.
      (should (equal (mapcar (lambda (args) (member "--" args)) (reverse runs))
                     '(("--" "a.py") ("--" "a.py") nil nil)))
      (should (= redraws 1))
      (should (equal (semdiff-git-test--titles 'staged)
                     '("modified beta" "moved alpha (to b.py)" "moved alpha (from a.py)")))
      (let ((drawn (semdiff-git-test--snapshot)))
        (semdiff-test-press buffer "g")
        (semdiff-test-wait buffer)
        (should (equal (semdiff-git-test--snapshot) drawn))))))

(ert-deftest semdiff-git-test-syntax-errors-say-so-with-the-real-cli ()
  "A file with a syntax error says where in its heading; its entity says it has errors."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" (replace-regexp-in-string "return x \\+ 2" "return x +* (2"
                                                         semdiff-test-new-text))
    (semdiff-git-test--open)
    (let* ((file (car (semdiff-test-sections 'semdiff-file-section)))
           (heading (semdiff-test-heading file)))
      (should (string-match-p "(syntax errors: new line [0-9]+)" heading))
      (should (cl-some (lambda (section)
                         (string-match-p "has syntax errors" (semdiff-test-heading section)))
                       (semdiff-test-sections 'semdiff-entity-section file))))))

(ert-deftest semdiff-git-test-inline-edit-a-file-without-a-final-newline ()
  "E works on a file without a final newline, which stays without one.
The \"\\ No newline at end of file\" line is read-only and no part of the text."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" (string-trim-right semdiff-test-new-text))
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "delta") start))
      (semdiff-test-press buffer "E")
      (should semdiff-inline-mode)
      (semdiff-test-goto-line-text "\\ No newline at end of file")
      (should-error (insert "x") :type 'text-read-only)
      (semdiff-test-goto-line-text "+    pass")
      (end-of-line)
      (execute-kbd-macro (kbd "RET + SPC SPC SPC SPC r e t u r n SPC 1"))
      (execute-kbd-macro (kbd "C-c C-c"))
      (semdiff-test-wait buffer)
      (should-not semdiff-inline-mode)
      (should (equal (semdiff-test-read (expand-file-name "a.py" root))
                     (concat (string-trim-right semdiff-test-new-text) "\n    return 1"))))))

(ert-deftest semdiff-git-test-point-goes-to-the-next-change-after-s ()
  "After s on an entity, point is on the next entity, as in Magit: s s stages two entities.
Not on the file's heading, where a second s would stage the whole file."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (eq (magit-current-section) (semdiff-git-test--entity-in 'unstaged "beta → gamma")))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-git-test--titles 'staged) '("modified alpha" "renamed beta → gamma")))
      (should (equal (semdiff-git-test--titles 'unstaged) '("modified Box.put" "added delta")))
      ;; The last one: point goes to the one before it.
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "delta") start))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (eq (magit-current-section) (semdiff-git-test--entity-in 'unstaged "Box.put")))
      ;; u in the staged group likewise.
      (goto-char (oref (semdiff-git-test--entity-in 'staged "alpha") start))
      (semdiff-test-press buffer "u")
      (semdiff-test-wait buffer)
      (should (eq (magit-current-section) (semdiff-git-test--entity-in 'staged "beta → gamma"))))))

(ert-deftest semdiff-git-test-inline-edit-a-moved-entity ()
  "E on a method moved into another class edits its new text, at its new place."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" semdiff-git-test--class-old)
    (semdiff-test-git "commit" "-q" "-a" "-m" "classes")
    (semdiff-test-write "a.py" (replace-regexp-in-string "y \\* 2" "y * 3"
                                                         semdiff-git-test--class-new))
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "Old.helper → New.helper") start))
      (semdiff-test-press buffer "E")
      (should semdiff-inline-mode)
      (semdiff-test-goto-line-text "+        z = y * 3")
      (end-of-line)
      (execute-kbd-macro (kbd "DEL 4"))
      (execute-kbd-macro (kbd "C-c C-c"))
      (semdiff-test-wait buffer)
      (should-not semdiff-inline-mode)
      (should (equal (semdiff-test-read (expand-file-name "a.py" root))
                     (replace-regexp-in-string "y \\* 2" "y * 4"
                                               semdiff-git-test--class-new))))))

(ert-deftest semdiff-git-test-inline-edit-an-entity-moved-to-another-file ()
  "E on a function moved to another file writes the edit to the new file only."
  (semdiff-test-with-repo
    (semdiff-test-write "b.py" "def other():\n    return 1\n")
    (semdiff-test-git "add" "b.py")
    (semdiff-test-git "commit" "-q" "-m" "b")
    (let ((a-new (replace-regexp-in-string "\n\n\ndef alpha(x):\n    return x \\+ 1\n"
                                           "" semdiff-test-old-text)))
      (semdiff-test-write "a.py" a-new)
      (semdiff-test-write "b.py" "def other():\n    return 1\n\n\ndef alpha(x):\n    return x + 5\n")
      (let ((buffer (semdiff-git-test--open)))
        (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha (from a.py)") start))
        (semdiff-test-press buffer "E")
        (should semdiff-inline-mode)
        (semdiff-test-goto-line-text "+    return x + 5")
        (end-of-line)
        (execute-kbd-macro (kbd "DEL 6"))
        (execute-kbd-macro (kbd "C-c C-c"))
        (semdiff-test-wait buffer)
        (should (equal (semdiff-test-read (expand-file-name "b.py" root))
                       "def other():\n    return 1\n\n\ndef alpha(x):\n    return x + 6\n"))
        (should (equal (semdiff-test-read (expand-file-name "a.py" root)) a-new))))))

(ert-deftest semdiff-git-test-partial-redraw-is-checked-by-a-full-run ()
  "A partial redraw that differs from the run over everything is corrected.
The matcher weighs the whole diff: fetch_rows → load_rows is 39%
alike from a.py alone and 36% with b.py's references, so after s
on a.py's other the run on a.py draws 39%; the run over everything
that follows redraws 36%, as a full refresh draws it."
  (semdiff-test-with-repo
    (semdiff-test-write "a.py" "def fetch_rows(db):\n    return db.query(\"select * from rows\")\n\n\ndef other():\n    return 1\n")
    (semdiff-test-write "b.py" "from a import fetch_rows\n\n\ndef use(db):\n    rows = fetch_rows(db)\n    return len(rows)\n\n\ndef again(db):\n    return fetch_rows(db)[0]\n")
    (semdiff-test-git "add" "a.py" "b.py")
    (semdiff-test-git "commit" "-q" "-m" "rows")
    (semdiff-test-write "a.py" "def load_rows(db):\n    cursor = db.cursor()\n    return list(cursor.execute(\"select id from rows\"))\n\n\ndef other():\n    return 2\n")
    (semdiff-test-write "b.py" (replace-regexp-in-string "fetch_rows" "load_rows" (semdiff-test-read (expand-file-name "b.py" root))))
    (let ((buffer (semdiff-git-test--open))
          (runs nil)
          (drawn-39 nil))
      (should (string-match-p "36%" (semdiff-test-heading (semdiff-git-test--entity-in 'unstaged "fetch_rows → load_rows"))))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "other") start))
      (cl-letf* ((call-cli (symbol-function 'semdiff--call-cli))
                 ((symbol-function 'semdiff--call-cli)
                  (lambda (args &optional callback)
                    (when callback (push args runs))
                    (funcall call-cli args callback)))
                 (semdiff-after-refresh-hook
                  (list (lambda ()
                          (push (string-match-p "39%" (semdiff-test-heading
                                                       (semdiff-git-test--entity-in
                                                        'unstaged "fetch_rows → load_rows")))
                                drawn-39)))))
        (semdiff-test-press buffer "s")
        (semdiff-test-wait buffer))
      ;; Drawn twice: from the run on a.py (39%), then corrected.
      (should (equal (mapcar #'booleanp drawn-39) '(t nil)))
      ;; The runs on a.py, then the runs over everything.
      (should (equal (mapcar (lambda (args) (member "--" args)) (reverse runs))
                     '(("--" "a.py") ("--" "a.py") nil nil)))
      (should (equal (semdiff-git-test--titles 'staged) '("modified other")))
      (should (string-match-p "36%" (semdiff-test-heading (semdiff-git-test--entity-in 'unstaged "fetch_rows → load_rows"))))
      (let ((drawn (semdiff-git-test--snapshot)))
        (semdiff-test-press buffer "g")
        (semdiff-test-wait buffer)
        (should (equal (semdiff-git-test--snapshot) drawn))))))

(ert-deftest semdiff-git-test-next-key-cancels-the-pending-check ()
  "The check of a partial redraw waits half a second; a key pressed before cancels it.
The server answers one request at a time: the key's request would wait behind it."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (semdiff-test-press buffer "s")
      (while semdiff--processes (accept-process-output nil 0.02))
      (let ((timer (car semdiff--verifying)))
        (should (timerp timer))
        (should (memq timer timer-list))
        (goto-char (oref (semdiff-git-test--entity-in 'unstaged "Box.put") start))
        (semdiff-test-press buffer "s")
        (should-not (memq timer timer-list)))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-git-test--titles 'staged) '("modified alpha" "modified Box.put"))))))

(defmacro semdiff-git-test--with-fresh-server (&rest body)
  "Run BODY with the server stopped before and after it."
  (declare (indent 0))
  `(let ((semdiff-use-server t))
     (semdiff-stop-server)
     (unwind-protect (progn ,@body)
       (semdiff-stop-server))))

(ert-deftest semdiff-git-test-server-stderr-is-bounded ()
  "The server's error output is kept to its last `semdiff--server-stderr-limit' characters."
  (semdiff-test-with-repo
    (semdiff-git-test--with-fresh-server
      (let* ((server (semdiff--server-process))
             (errors (process-get server 'semdiff-stderr)))
        (dotimes (n 500)
          (funcall (process-filter errors) errors (format "warning %d: %s\n" n (make-string 100 ?x))))
        (with-current-buffer (process-buffer errors)
          (should (<= (buffer-size) semdiff--server-stderr-limit))
          (should (string-suffix-p (format "warning 499: %s\n" (make-string 100 ?x))
                                   (buffer-string))))))))

(ert-deftest semdiff-git-test-served-answer-equals-the-direct-cli ()
  "The server answers as a CLI process does: JSON, a patch, a text diff."
  (semdiff-test-with-repo
    (semdiff-git-test--with-fresh-server
      (dolist (args '(("git" "--format" "json")
                      ("git" "--format" "patch")
                      ("git" "--color" "never")))
        (let ((served (semdiff--call-cli args))
              (direct (let ((semdiff-use-server nil)) (semdiff--call-cli args))))
          (should (process-live-p semdiff--server))
          (should (equal (car served) 0))
          (should (string-match-p "alpha" (nth 1 served)))
          (should (equal served direct))))
      ;; A variable set in Emacs after the server started reaches the request.
      (let* ((args '("a.py" "b.txt" "--format" "json"))
             (_ (semdiff-test-write "b.txt" semdiff-test-old-text))
             (process-environment (cons "SEMDIFF_LANGUAGES=*.txt=python" process-environment))
             (served (semdiff--call-cli args))
             (direct (let ((semdiff-use-server nil)) (semdiff--call-cli args))))
        (should (string-match-p "\"language\": *\"python\"" (nth 1 served)))
        (should (equal served direct))))))

(ert-deftest semdiff-git-test-killed-server-restarts-on-the-next-call ()
  "A server that died is started again by the next command, and the review buffer works."
  (semdiff-test-with-repo
    (semdiff-git-test--with-fresh-server
      (let ((buffer (semdiff-git-test--open))
            (first semdiff--server))
        (should (process-live-p first))
        (kill-process first)
        (while (process-live-p first) (accept-process-output first 0.05))
        (semdiff-test-press buffer "g")
        (semdiff-test-wait buffer)
        (should (process-live-p semdiff--server))
        (should-not (eq semdiff--server first))
        (should (equal (semdiff-git-test--titles 'unstaged)
                       '("modified alpha" "renamed beta → gamma" "modified Box.put"
                         "added delta")))))))

(ert-deftest semdiff-git-test-served-failure-keeps-exit-and-stderr ()
  "A failing command's exit code and error output come through the server as they are."
  (semdiff-test-with-repo
    (semdiff-git-test--with-fresh-server
      (let* ((args '("no-such-file.py" "a.py"))
             (served (semdiff--call-cli args))
             (direct (let ((semdiff-use-server nil)) (semdiff--call-cli args))))
        (should (equal (car served) 2))
        (should (string-match-p "no-such-file.py" (nth 2 served)))
        (should (equal served direct))
        (should (equal (cadr (should-error (semdiff--run-sync args)))
                       (concat "Semdiff failed: "
                               (semdiff--first-line (nth 2 direct)))))))))

(ert-deftest semdiff-git-test-remote-directory-keeps-the-process-path ()
  "A remote `default-directory' never goes to the local server."
  (let ((semdiff-use-server t))
    (let ((default-directory "/ssh:host:/tmp/"))
      (should-not (semdiff--server-usable-p)))
    (let ((semdiff-use-server nil))
      (should-not (semdiff--server-usable-p)))
    (should (semdiff--server-usable-p))))

;;;; The review loop (issue 19, scope 4)

(ert-deftest semdiff-git-test-stage-all-and-unstage-all ()
  "S stages every tracked file's change and leaves untracked files; U unstages everything."
  (semdiff-test-with-repo
    (semdiff-test-write "notes.txt" "remember\n")
    (let ((buffer (semdiff-git-test--open)))
      (semdiff-test-press buffer "S")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "status" "--porcelain") "M  a.py\n?? notes.txt\n"))
      (should-not (semdiff-git-test--group 'unstaged))
      (should (semdiff-git-test--group 'untracked))
      (semdiff-test-press buffer "U")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "status" "--porcelain") " M a.py\n?? notes.txt\n"))
      (should-not (semdiff-git-test--group 'staged)))))

(ert-deftest semdiff-git-test-context-grows-and-shrinks-and-staging-still-works ()
  "+ and - change the lines of context; s then checks and patches with the same context."
  (semdiff-git-test--with-compute
    (let* ((buffer (semdiff-git-test--open))
           (lines (lambda ()
                    (let ((entity (oref (semdiff-git-test--entity-in 'unstaged "compute") data)))
                      (length (alist-get 'lines (car (alist-get 'hunks entity))))))))
      (let ((before (funcall lines)))
        (semdiff-test-press buffer "-")
        (semdiff-test-wait buffer)
        (should (< (funcall lines) before))
        (semdiff-test-press buffer "+ +")
        (semdiff-test-wait buffer)
        (should (> (funcall lines) before)))
      (should (= (buffer-local-value 'semdiff--context buffer) 4))
      ;; With 4 lines of context the two hunks are one: s on it stages both changes (and the
      ;; check before it, made with the same context, agrees with what is drawn).
      (semdiff-git-test--expand buffer 'unstaged "compute")
      (should (= (length (semdiff-test-sections 'semdiff-hunk-section)) 1))
      (semdiff-test-goto-line-text "+    extra = 2")
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "show" ":calc.py") semdiff-git-test--compute-new)))))

(ert-deftest semdiff-git-test-commit-in-a-buffer-without-magit ()
  "c opens a message buffer; C-c C-c commits what is staged and the review buffer redraws."
  (semdiff-test-with-repo
    (let ((buffer (semdiff-git-test--open)))
      (should (string-prefix-p "Nothing staged"
                               (cadr (should-error (semdiff-commit) :type 'user-error))))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "alpha") start))
      (semdiff-test-press buffer "s")
      (semdiff-test-wait buffer)
      (semdiff-test-press buffer "c")
      (should (equal (buffer-name) "*semdiff commit*"))
      (should (string-match-p "^# +a.py | " (buffer-string)))
      (insert "Change alpha\n\nOnly alpha.")
      (execute-kbd-macro (kbd "C-c C-c"))
      (semdiff-test-wait buffer)
      (should (equal (semdiff-test-git "log" "-1" "--format=%B") "Change alpha\n\nOnly alpha.\n\n"))
      (should-not (get-buffer "*semdiff commit*"))
      (with-current-buffer buffer
        (should-not (semdiff-git-test--group 'staged))
        (should (member "modified Box.put" (semdiff-git-test--titles 'unstaged)))))))

(ert-deftest semdiff-git-test-show-has-author-date-and-message ()
  "semdiff-show shows the commit's author, date and message above its changes."
  (semdiff-test-with-repo
    (semdiff-test-git "commit" "-q" "-a" "-m" "Rename beta\n\nAnd more.")
    (let ((buffer (semdiff-show "HEAD")))
      (semdiff-test-wait buffer)
      (with-current-buffer buffer
        (let ((message (car (semdiff-test-sections 'semdiff-message-section))))
          (should message)
          (should (string-prefix-p "commit " (semdiff-test-heading message)))
          (should (string-match-p "^Author: Test <test@example.com>\nDate:   .+\n\n    Rename beta\n\n    And more\\.$"
                                  (buffer-substring-no-properties (oref message start)
                                                                  (oref message end)))))
        (should (semdiff-test-entity "beta → gamma"))))))

;;;; Editing the diff in place (issue 19, scope 5)

(ert-deftest semdiff-git-test-inline-edit-writes-the-entity-back ()
  "E makes the + and context lines editable; C-c C-c writes them to the file and redraws."
  (semdiff-git-test--with-compute
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "compute") start))
      (semdiff-test-press buffer "E")
      (should semdiff-inline-mode)
      (should-not buffer-read-only)
      ;; A - line and the headings cannot be changed.
      (semdiff-test-goto-line-text "-    total = 0")
      (should-error (insert "x") :type 'text-read-only)
      (forward-char 3)
      (should-error (insert "x") :type 'text-read-only)
      (goto-char (1+ (oref (semdiff-git-test--entity-in 'unstaged "compute") start)))
      (should-error (insert "x") :type 'text-read-only)
      ;; Typing letters types them: s does not stage.
      (semdiff-test-goto-line-text "+    extra = 2")
      (end-of-line)
      (execute-kbd-macro (kbd "DEL s 5"))
      (should (equal (semdiff-test-current-line) "+    extra = s5"))
      (execute-kbd-macro (kbd "DEL DEL 5 RET + SPC SPC SPC SPC m o r e SPC = SPC 3"))
      ;; A context line changes too, in hunk 2.
      (semdiff-test-goto-line-text "     spread = last - first")
      (end-of-line)
      (execute-kbd-macro (kbd "SPC + SPC 0"))
      (should (equal (semdiff-test-git "diff" "--cached") ""))
      ;; A refresh now would throw the edits away: refused.
      (should (string-prefix-p "Editing the diff: C-c C-c writes it"
                               (cadr (should-error (semdiff-refresh) :type 'user-error))))
      (execute-kbd-macro (kbd "C-c C-c"))
      (semdiff-test-wait buffer)
      (should-not semdiff-inline-mode)
      (should buffer-read-only)
      (should (equal (semdiff-test-read (expand-file-name "calc.py" root))
                     (replace-regexp-in-string
                      (regexp-quote "    extra = 2\n") "    extra = 5\n    more = 3\n"
                      (replace-regexp-in-string
                       (regexp-quote "spread = last - first\n") "spread = last - first + 0\n"
                       semdiff-git-test--compute-new t t)
                      t t)))
      (should (equal (semdiff-test-git "diff" "--cached") "")))))

(ert-deftest semdiff-git-test-inline-edit-abort-and-safety ()
  "C-c C-k leaves the file as it was; unsaved edits in its buffer, or a file changed since
it was shown, refuse."
  (semdiff-git-test--with-compute
    (let ((buffer (semdiff-git-test--open)))
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "compute") start))
      (semdiff-test-press buffer "E")
      (semdiff-test-goto-line-text "+    extra = 2")
      (end-of-line)
      (insert "00")
      (execute-kbd-macro (kbd "C-c C-k"))
      (semdiff-test-wait buffer)
      (should-not semdiff-inline-mode)
      (should (equal (semdiff-test-read (expand-file-name "calc.py" root))
                     semdiff-git-test--compute-new))
      (semdiff-test-goto-line-text "+    extra = 2")
      ;; Unsaved edits in the file's buffer: refused before anything is editable.
      (let ((visiting (find-file-noselect (expand-file-name "calc.py" root))))
        (with-current-buffer visiting (goto-char (point-max)) (insert "# unsaved\n"))
        (switch-to-buffer buffer)
        (goto-char (oref (semdiff-git-test--entity-in 'unstaged "compute") start))
        (should (equal (cadr (should-error (semdiff-edit-inline) :type 'user-error))
                       "calc.py has unsaved changes: save or revert it first (nothing changed)"))
        (should-not semdiff-inline-mode)
        (with-current-buffer visiting (set-buffer-modified-p nil) (kill-buffer)))
      ;; Changed on disk while being edited: C-c C-c refuses and writes nothing.
      (goto-char (oref (semdiff-git-test--entity-in 'unstaged "compute") start))
      (semdiff-edit-inline)
      (semdiff-test-goto-line-text "+    extra = 2")
      (end-of-line)
      (insert "0")
      (semdiff-test-write "calc.py" (replace-regexp-in-string
                                     "extra = 2" "extra = 9" semdiff-git-test--compute-new))
      (should (string-suffix-p "changed since it was shown: look again (g)"
                               (cadr (should-error (semdiff-inline-finish) :type 'user-error))))
      (should (string-match-p "extra = 9" (semdiff-test-read (expand-file-name "calc.py" root))))
      (semdiff-inline-abort)
      (semdiff-test-wait buffer))))

(provide 'semdiff-git-test)
;;; semdiff-git-test.el ends here
