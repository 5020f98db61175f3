;;; semdiff-test.el --- Drawing, navigation and visiting, from recorded JSON -*- lexical-binding: t; -*-

;;; Commentary:

;; The JSON is each fixture's expected.json: the same documents the
;; Python golden tests pin, so a change to the contract shows up here.

;;; Code:

(require 'semdiff-test-support)

;; These tests stand in for the CLI with scripts that print recorded output: none of them is
;; a `semdiff serve', so each call is a process of its own (semdiff-git-test.el runs the server).
(setq semdiff-use-server nil)

(defun semdiff-test--entity-lines (entity)
  "Return the diff lines ENTITY shows, as they appear in the buffer."
  (apply #'append
         (mapcar (lambda (hunk)
                   (mapcar (lambda (line) (concat (alist-get 'op line) (alist-get 'text line)))
                           (alist-get 'lines hunk)))
                 ;; docs/json.md: a frontend displays moved_hunks when present, even empty,
                 ;; then beside_hunks (lines of another file a move changed).
                 (if (assq 'moved_hunks entity)
                     (append (alist-get 'moved_hunks entity) (alist-get 'beside_hunks entity))
                   (alist-get 'hunks entity)))))

(ert-deftest semdiff-test-every-fixture-draws-every-entity ()
  "Each fixture's entities appear under each file listing them, with all their lines."
  (dolist (case (semdiff-test-cases))
    (let* ((document (semdiff--parse (semdiff-test-read (expand-file-name "expected.json" case))))
           (buffer (semdiff-test-render case document)))
      (with-current-buffer buffer
        (let ((expected (apply #'append
                               (mapcar (lambda (file)
                                         (mapcar (lambda (id) (cons (alist-get 'id file) id))
                                                 (alist-get 'entities file)))
                                       (alist-get 'files document))))
              (drawn (mapcar (lambda (section)
                               (cons (oref (oref section parent) value) (oref section value)))
                             (semdiff-test-sections 'semdiff-entity-section))))
          (should (equal (cons case drawn) (cons case expected))))
        (should (string-match-p (regexp-quote (semdiff--counts (alist-get 'summary document)))
                                header-line-format))
        (dolist (section (semdiff-test-sections 'semdiff-entity-section))
          (let* ((entity (oref section data))
                 (heading (semdiff-test-heading section)))
            (should (string-prefix-p (format "  %-9s %-9s " (alist-get 'status entity)
                                             (alist-get 'kind entity))
                                     heading))
            (should (string-match-p (regexp-quote (semdiff--entity-title
                                                   entity (oref (oref section parent) data)))
                                    heading))
            ;; Hidden, and drawn only when expanded.
            (should (oref section hidden))
            (should-not (oref section children))
            (magit-section-show section)
            (let ((lines (semdiff-test--entity-lines entity))
                  (body (buffer-substring-no-properties (oref section content)
                                                        (oref section end))))
              (should (equal (cons heading (seq-remove (lambda (line) (string-prefix-p "@@" line))
                                                       (split-string body "\n" t)))
                             (cons heading (or lines (list semdiff--unchanged-text))))))
            (dolist (hunk (oref section children))
              (should (object-of-class-p hunk 'semdiff-hunk-section))
              (save-excursion
                (goto-char (oref hunk content))
                (while (< (point) (oref hunk end))
                  (should (eq (magit-current-section) hunk))
                  (forward-line 1))))))
        ;; A lazily drawn body belongs to every enclosing section.
        (dolist (file (semdiff-test-sections 'semdiff-file-section))
          (dolist (entity (oref file children))
            (should (<= (oref entity end) (oref file end)))))
        (should (= (oref magit-root-section end) (point-max))))
      (kill-buffer buffer))))

(ert-deftest semdiff-test-broken-entity-is-marked ()
  "Issue 18: the one entity a half-done edit broke says so, and the file names the line."
  (with-current-buffer (semdiff-test-render
                        (expand-file-name "python/broken_both_sides/" semdiff-test-fixtures))
    (let ((lines (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n")))
      (should (member "modified   old.py → new.py  (syntax errors: old line 343, new line 179)"
                      lines))
      (should (seq-find (lambda (line) (and (string-match-p "_fix_sentence_endings" line)
                                            (string-match-p "has syntax errors" line)))
                        lines))
      (should (seq-find (lambda (line) (and (string-match-p "_split_chunks" line)
                                            (string-match-p "had syntax errors" line)))
                        lines)))))

(ert-deftest semdiff-test-renamed-structs-headings ()
  "difftastic issue 974: renamed structs read as renames, with counts."
  (with-current-buffer (semdiff-test-render
                        (expand-file-name "rust/issue_974/" semdiff-test-fixtures))
    (should (equal (split-string (buffer-substring-no-properties (point-min) (point-max)) "\n")
                   '("old.rs → new.rs  1 file, 2 removed, 2 renamed"
                     "modified   old.rs → new.rs"
                     "  renamed   struct    PendingClickRequest → ClickRequest  body changed       +2 −1  74%"
                     "  renamed   struct    PendingClick → Click                body changed       +2 −2  62%"
                     "  removed   struct    PendingPressRequest                                    −5"
                     "  removed   struct    PendingPress                                           −4"
                     "" "")))
    (should (equal header-line-format "old.rs → new.rs: 1 file, 2 removed, 2 renamed"))
    (let ((renamed (semdiff-test-entity "PendingClickRequest → ClickRequest")))
      (goto-char (oref renamed start))
      (should (eq (get-text-property (+ (point) 2) 'font-lock-face) 'semdiff-renamed))
      (should (eq (get-text-property (+ (point) 22) 'font-lock-face) 'semdiff-entity-name))
      (magit-section-show renamed)
      (semdiff-test-goto-line-text "+struct ClickRequest {")
      (should (eq (get-text-property (point) 'font-lock-face) 'semdiff-diff-added))
      (forward-line -1)
      (should (eq (get-text-property (point) 'font-lock-face) 'semdiff-diff-removed))
      (forward-line -1)
      (should (eq (get-text-property (point) 'font-lock-face) 'semdiff-hunk-heading)))
    (should (eq (get-text-property (oref (semdiff-test-entity "PendingPress") start)
                                   'font-lock-face)
                nil))
    (let ((removed (semdiff-test-entity "PendingPress")))
      (should (eq (get-text-property (+ (oref removed start) 2) 'font-lock-face)
                  'semdiff-removed)))))

(ert-deftest semdiff-test-move-between-files-shown-under-both ()
  "An entity moved to another file is listed under both, pointing at the other."
  (with-current-buffer (semdiff-test-render
                        (expand-file-name "python/moved_between_files/" semdiff-test-fixtures))
    (let ((headings (mapcar #'semdiff-test-heading
                            (semdiff-test-sections 'semdiff-entity-section))))
      (should (cl-some (lambda (h) (string-match-p "moved .* (to shop/report.py)" h)) headings))
      (should (cl-some (lambda (h) (string-match-p "moved .* (from shop/pricing.py)" h)) headings)))))

(ert-deftest semdiff-test-tab-expands-and-collapses ()
  "TAB on an entity shows its diff as hunk sections; TAB again hides it."
  (let ((buffer (semdiff-test-render (expand-file-name "rust/issue_974/" semdiff-test-fixtures))))
    (with-current-buffer buffer
      (let ((entity (semdiff-test-entity "PendingClick → Click")))
        (goto-char (oref entity start))
        (semdiff-test-press buffer "TAB")
        (should-not (oref entity hidden))
        (should (object-of-class-p (car (oref entity children)) 'semdiff-hunk-section))
        (semdiff-test-goto-line-text "+struct Click {")
        (should-not (invisible-p (point)))
        (goto-char (oref entity start))
        (semdiff-test-press buffer "TAB")
        (should (oref entity hidden))
        (semdiff-test-goto-line-text "+struct Click {")
        (should (invisible-p (point)))))
    (kill-buffer buffer)))

(ert-deftest semdiff-test-collapsing-a-file-hides-its-last-entity-body ()
  "The body of a file's last entity, drawn lazily, still folds with the file."
  (let ((buffer (semdiff-test-render (expand-file-name "rust/issue_974/" semdiff-test-fixtures))))
    (with-current-buffer buffer
      (let* ((last (car (last (semdiff-test-sections 'semdiff-entity-section))))
             (file (oref last parent)))
        (magit-section-show last)
        (magit-section-hide file)
        (semdiff-test-goto-line-text "-struct PendingPress {")
        (should (invisible-p (point)))))
    (kill-buffer buffer)))

(ert-deftest semdiff-test-n-p-move-between-entities ()
  "n and p walk the entity headings in order; j jumps by name."
  (let ((buffer (semdiff-test-render (expand-file-name "rust/issue_974/" semdiff-test-fixtures))))
    (with-current-buffer buffer
      (let ((entities (semdiff-test-sections 'semdiff-entity-section)))
        (goto-char (oref (car entities) start))
        (dolist (next (cdr entities))
          (semdiff-test-press buffer "n")
          (should (eq (magit-current-section) next)))
        (semdiff-test-press buffer "p")
        (should (eq (magit-current-section) (nth (- (length entities) 2) entities)))
        (goto-char (point-min))
        (semdiff-jump "PendingPress  (removed, old.rs → new.rs)")
        (should (eq (magit-current-section) (car (last entities))))
        (should (member "PendingClick → Click  (renamed, old.rs → new.rs)"
                        (mapcar #'car (semdiff--entity-index))))))
    (kill-buffer buffer)))

(ert-deftest semdiff-test-visit-goes-to-the-exact-line ()
  "RET on a + or context line visits the new file; on a - line, the old one."
  (let* ((case (expand-file-name "rust/issue_974/" semdiff-test-fixtures))
         (buffer (semdiff-test-render case)))
    (with-current-buffer buffer
      (magit-section-show (semdiff-test-entity "PendingClick → Click"))
      (dolist (probe '(("+struct Click {" "new.rs" "struct Click {")
                       ("-struct PendingClick {" "old.rs" "struct PendingClick {")))
        (switch-to-buffer buffer)
        (semdiff-test-goto-line-text (nth 0 probe))
        (forward-char 4)
        (semdiff-test-press buffer "RET")
        (should (equal (buffer-file-name) (expand-file-name (nth 1 probe) case)))
        (should (equal (semdiff-test-current-line) (nth 2 probe)))
        (should (= (current-column) 3))
        (kill-buffer (current-buffer)))
      ;; A context line of the moved entity goes to the new side.
      (switch-to-buffer buffer)
      (goto-char (oref (semdiff-test-entity "PendingClick → Click") start))
      (search-forward "\n ")
      (let ((text (substring (semdiff-test-current-line) 1)))
        (semdiff-test-press buffer "RET")
        (should (equal (buffer-file-name) (expand-file-name "new.rs" case)))
        (should (equal (semdiff-test-current-line) text))
        (kill-buffer (current-buffer)))
      ;; A heading goes to where the entity starts (a removed one: in the old file).
      (switch-to-buffer buffer)
      (goto-char (oref (semdiff-test-entity "PendingPress") start))
      (semdiff-test-press buffer "RET")
      (should (equal (buffer-file-name) (expand-file-name "old.rs" case)))
      (should (string-match-p "struct PendingPress\\b" (semdiff-test-current-line)))
      (kill-buffer (current-buffer)))
    (kill-buffer buffer)))

(ert-deftest semdiff-test-visit-in-directories ()
  "In a directory diff, a moved entity's lines lead to the right file on each side."
  (let* ((case (expand-file-name "python/moved_between_files/" semdiff-test-fixtures))
         (buffer (semdiff-test-render case)))
    (with-current-buffer buffer
      (let* ((moved (cl-find-if (lambda (section)
                                  (string-match-p "(from shop/pricing.py)"
                                                  (semdiff-test-heading section)))
                                (semdiff-test-sections 'semdiff-entity-section)))
             (entity (oref moved data))
             (hunk (car (alist-get 'moved_hunks entity)))
             (first (car (alist-get 'lines hunk)))
             (side (if (equal (alist-get 'op first) "-") "old" "new")))
        (magit-section-show moved)
        (goto-char (oref (car (oref moved children)) content))
        (semdiff-test-press buffer "RET")
        (should (equal (buffer-file-name)
                       (expand-file-name (alist-get 'path (alist-get (intern side) entity))
                                         (expand-file-name side case))))
        (should (equal (semdiff-test-current-line) (alist-get 'text first)))
        (kill-buffer (current-buffer))))
    (kill-buffer buffer)))

(ert-deftest semdiff-test-redraw-keeps-expansion-and-point ()
  "Drawing again (as `g' does) keeps expanded entities expanded and point on its line."
  (let* ((case (expand-file-name "rust/issue_974/" semdiff-test-fixtures))
         (document (semdiff--parse (semdiff-test-read (expand-file-name "expected.json" case))))
         (buffer (semdiff-test-render case document)))
    (with-current-buffer buffer
      (magit-section-show (semdiff-test-entity "PendingClick → Click"))
      (semdiff-test-goto-line-text "+struct Click {")
      ;; The next run lists the entities in another order.
      (let ((reordered (copy-alist document)))
        (setf (alist-get 'entities reordered) (reverse (alist-get 'entities document)))
        (setf (alist-get 'files reordered)
              (list (let ((file (copy-alist (car (alist-get 'files document)))))
                      (setf (alist-get 'entities file) (reverse (alist-get 'entities file)))
                      file)))
        (semdiff--redraw (semdiff--split-untracked (list (list 'diff nil reordered)))))
      (should (equal (semdiff-test-current-line) "+struct Click {"))
      (should-not (oref (semdiff-test-entity "PendingClick → Click") hidden))
      (dolist (other '("PendingClickRequest → ClickRequest" "PendingPressRequest" "PendingPress"))
        (should (oref (semdiff-test-entity other) hidden))))
    (kill-buffer buffer)))

;; The CLI exits 0 after a diff (as git diff); 1 only with --exit-code, or
;; from a CLI older than that, and it still means "here is the diff".
(defun semdiff-test--cli (json code)
  "Return a `semdiff-command' that prints the file JSON and exits with CODE."
  (list "sh" "-c" (format "cat '%s'; exit %d" json code) "semdiff"))

(ert-deftest semdiff-test-exit-codes ()
  "Exit 0 draws the output, and so does 1 (differences, with --exit-code).
Exit 2 keeps the old contents and reports."
  (let* ((case (expand-file-name "rust/issue_974/" semdiff-test-fixtures))
         (json (expand-file-name "expected.json" case))
         (semdiff-command (semdiff-test--cli json 0))
         (semdiff-save-buffers nil)
         (buffer (apply #'semdiff-files (semdiff-test-sources case))))
    (semdiff-test-wait buffer)
    (with-current-buffer buffer
      (should (semdiff-test-entity "PendingClick → Click"))
      (let ((before (buffer-string))
            (semdiff-command (list "sh" "-c" "echo 'semdiff: no such revision' >&2; exit 2"
                                   "semdiff"))
            (messages nil))
        (cl-letf (((symbol-function 'message)
                   (lambda (format &rest args)
                     (push (and format (apply #'format format args)) messages))))
          (semdiff-test-press buffer "g")
          (semdiff-test-wait buffer))
        (should (equal (buffer-string) before))
        (should (equal semdiff--last-error "semdiff: no such revision"))
        (should (member "semdiff: no such revision (press $ for the log)"
                        messages))
        (should (string-match-p "semdiff: no such revision"
                                (with-current-buffer (semdiff--process-buffer)
                                  (buffer-string)))))
      (let ((semdiff-command (semdiff-test--cli json 1)))
        (semdiff-test-press buffer "g")
        (semdiff-test-wait buffer))
      (should-not semdiff--last-error)
      (should-not (string-match-p "not refreshed" header-line-format))
      (should (semdiff-test-entity "PendingClick → Click")))
    (kill-buffer buffer)))

(ert-deftest semdiff-test-synchronous-run-exit-codes ()
  "The runs before staging take the output on exit 0 or 1, and fail on 2."
  (let ((json (expand-file-name "rust/issue_974/expected.json" semdiff-test-fixtures)))
    (dolist (code '(0 1))
      (let ((semdiff-command (semdiff-test--cli json code)))
        (should (equal (semdiff--run-sync nil) (semdiff-test-read json)))))
    (let* ((semdiff-command (list "sh" "-c" "echo 'semdiff: error: boom' >&2; exit 2" "x"))
           (failure (should-error (semdiff--run-sync nil))))
      (should (equal (cadr failure) "Semdiff failed: semdiff: error: boom")))))

(ert-deftest semdiff-test-help-lists-the-keys ()
  "? shows the keys actually bound, with what they do."
  (let ((buffer (semdiff-test-render (expand-file-name "rust/issue_974/" semdiff-test-fixtures))))
    (semdiff-test-press buffer "?")
    (let ((help (with-current-buffer "*semdiff-help*" (buffer-string))))
      (dolist (line '("^s +stage the hunk, region, entity" "^u +unstage it" "^k +discard it"
                      "^E, C-x C-q +edit the entity's diff right here"
                      "^S +stage every change" "^U +unstage everything" "^c +commit"
                      "^\\+ +one more line of context" "^- +one line of context fewer"
                      "^e +edit the entity in place" "^RET +visit the line"
                      "^g +refresh" "^j +jump to an entity" "^n +next section"
                      "^w +why the entity was paired"
                      "^TAB +expand or collapse" "^q +quit" "C-c C-c saves"))
        (should (string-match-p line help))))
    (kill-buffer buffer)))

(ert-deftest semdiff-test-explain-shows-the-candidates-of-the-entity-at-point ()
  "w runs the CLI's --explain for the entity at point."
  (let* ((semdiff-command (semdiff-test-command))
         (case (expand-file-name "python/renamed_pair_bodies_changed/" semdiff-test-fixtures))
         (buffer (semdiff-test-render case)))
    (with-current-buffer buffer
      (let ((renamed (cl-find-if (lambda (section)
                                   (string-match-p "check_username"
                                                   (semdiff-test-heading section)))
                                 (semdiff-test-sections 'semdiff-entity-section))))
        (goto-char (oref renamed start))
        (semdiff-test-press buffer "w")
        (let ((text (with-current-buffer "*semdiff-explain*" (buffer-string))))
          (should (string-match-p "^def check_username → is_valid_username" text))
          (should (string-match-p "old def check_username: [0-9]+ new candidate(s) weighed" text))
          (should (string-match-p "def is_valid_username: chosen, cost" text))
          (should-not (string-match-p "^def check_email → is_valid_email" text)))))
    (kill-buffer buffer)))

(provide 'semdiff-test)
;;; semdiff-test.el ends here
