"""asks.py: how a title asks, and what is left of it as its subject."""

from __future__ import annotations

import pytest

from generator.ingest.asks import ask_of, cue_ask, first_clause, key_words, subject_words


@pytest.mark.parametrize(
    ("title", "ask"),
    [
        ("What are the advantages of dropout?", "advantages"),
        ("What are the benefits of dropout?", "advantages"),
        ("Why would you use dropout?", "advantages"),
        ("When does k-means fail?", "limitations"),
        ("What are the limitations of k-means?", "limitations"),
        ("How does batch normalization work?", "how-it-works"),
        ("Describe the working of batch normalization.", "how-it-works"),
        ("What is the difference between bagging and boosting?", "comparison"),
        ("Bagging vs boosting?", "comparison"),
        ("How can you avoid overfitting?", "fix"),
        ("How do you prevent overfitting?", "fix"),
        ("When should you use early stopping?", "when-to-use"),
        ("How is the F1 score calculated?", "formula"),
        ("What are some use cases of clustering?", "examples"),
        ("What is the role of the activation function?", "purpose"),
        ("What is the use of activation functions?", "purpose"),
        ("What problem does batch normalization solve?", "purpose"),
        ("What problem is attention meant to solve?", "purpose"),
        ("What does dropout buy you compared to not using it?", "advantages"),
        ("Why do so many practitioners swear by dropout?", "advantages"),
        ("Dropout compared to weight decay?", "comparison"),
        ("Dropout vs. weight decay?", "comparison"),
        ("What makes dropout better than weight decay?", "comparison"),
        # better than the alternatives, naming none: how it helps
        ("What makes dropout better than the alternatives?", "advantages"),
        ("Dropout vs. the alternatives: which situations suit it?", "when-to-use"),
        ("When to use dropout vs. alternatives?", "when-to-use"),
        ("What kind of problems call for boosting?", "when-to-use"),
        ("Describe the conditions under which you would pick boosting.", "when-to-use"),
        ("When does it make sense to bring in boosting?", "when-to-use"),
        ("What kinds of boosting are there?", "types"),
        ("What kind of situations is boosting best suited for?", "when-to-use"),
        ("Which scenarios is boosting a good fit for?", "when-to-use"),
        ("Is boosting suited to noisy labels?", "when-to-use"),
        ("What kinds of regularization are there?", "types"),
        ("What's the catch with boosting?", "limitations"),
        ("Boosting: caveats and gotchas", "limitations"),
        ("Where does boosting fall short?", "limitations"),
        ("What are the weak points of boosting?", "limitations"),
        ("What are the strong points of boosting?", "advantages"),
        ("What do you gain by adding boosting to a pipeline?", "advantages"),
        ("Boosting: what's in it for us?", "advantages"),
        ("Overfitting countermeasures?", "fix"),
        ("What is a catch-all class?", "definition"),
        ("Is dropout appropriate for my use case?", "when-to-use"),
        ("Can you name a product where dropout made a difference?", "definition"),
        ("What difference does dropout make?", "comparison"),
        ("How is dropout different from weight decay?", "comparison"),
        ("What's the standard playbook for dealing with overfitting?", "fix"),
        ("What techniques can reduce or eliminate overfitting?", "fix"),
        ("Why do people rave about dropout so much?", "advantages"),
        ("What for is dropout used in ML?", "purpose"),
        ("When training deep networks, what are the usual remedies for overfitting?", "fix"),
        ("In computer vision, what makes dropout so effective?", "advantages"),
        ("When should you use dropout, and why?", "when-to-use"),
        ("Why do people recommend dropout?", "advantages"),
        # "useful" says what it is good for; "useful for" and "when ... useful" do not
        ("How is dropout useful in practice?", "advantages"),
        # helpful in a setting: whether to use it there (blind61, blind66 file it so)
        ("Is dropout really helpful for small networks?", "when-to-use"),
        ("4. Is dropout useful?", "advantages"),
        ("Why is dropout so useful?", "advantages"),
        ("In what ways are residual connections beneficial?", "advantages"),
        ("What makes residual connections so helpful?", "advantages"),
        ("What is dropout useful for?", "purpose"),
        ("When is dropout useful?", "when-to-use"),
        ("When would residual connections be helpful?", "when-to-use"),
        # "What is X doing?" asks what goes on inside it
        ("What exactly is the attention layer doing?", "how-it-works"),
        ("What is batch norm actually doing to my activations?", "how-it-works"),
        ("How does attention actually do its thing?", "how-it-works"),
        ("What is the point of doing data augmentation?", "purpose"),
        ("What are you doing to prevent overfitting?", "fix"),
        # challenges and issues of X are its limitations
        ("What are the main challenges of training GANs?", "limitations"),
        ("Challenges in federated learning", "limitations"),
        ("What issues does k-means have?", "limitations"),
        ("Known problems of the perceptron?", "limitations"),
        ("What challenge does attention address?", "purpose"),
        ("Examples of boosting problems in machine learning?", "examples"),
        ("What problem does boosting for face recognition solve?", "purpose"),
        # what goes wrong with X, its catches, limits, risks and bad sides
        ("What's the catch with k-means?", "limitations"),
        ("Are there any catches with boosting?", "limitations"),
        ("What can go wrong when you use batch norm?", "limitations"),
        ("Limits of the perceptron", "limitations"),
        ("What are the risks of transfer learning?", "limitations"),
        ("List the demerits of dropout.", "limitations"),
        ("Why does dropout not work well on small networks?", "limitations"),
        ("What would go wrong without batch norm?", "definition"),
        ("What are the usual workarounds for exploding gradients?", "fix"),
        # solutions, mitigation, reducing or addressing X: how to fix it
        ("What are the solutions to exploding gradients?", "fix"),
        ("Class imbalance: mitigation strategies?", "fix"),
        ("Which techniques help reduce overfitting?", "fix"),
        ("How can covariate shift be addressed?", "fix"),
        ("How would you debug a diverging GAN?", "fix"),
        ("What to do when a model has high variance?", "fix"),
        ("Tips for keeping overfitting under control", "fix"),
        ("How does PCA reduce dimensionality?", "definition"),
        ("When would you use attention for robot control for a problem?", "when-to-use"),
        # the algorithm behind X, its steps, how it operates or is implemented: how it works
        ("Describe the algorithm behind k-means.", "how-it-works"),
        ("What are the steps involved in backpropagation?", "how-it-works"),
        ("Explain beam search step by step.", "how-it-works"),
        ("How is dropout implemented?", "how-it-works"),
        ("What happens inside an LSTM cell?", "how-it-works"),
        ("1. [🔍] How does attention work?", "how-it-works"),
        ("What is a Gaussian process?", "definition"),
        # systems that rely on X, X in the wild, where we use X: its examples
        ("What are some well-known systems that rely on attention?", "examples"),
        ("Name a company that uses federated learning.", "examples"),
        ("Where do we use autoencoders?", "examples"),
        ("Transformers in the wild: any notable cases?", "examples"),
        ("How is reinforcement learning used today?", "examples"),
        ("What can you build with GANs?", "examples"),
        ("### 🔶 3. What are some use cases for clustering?", "examples"),
        ("How is dropout used for training a network?", "purpose"),
        ("With illustration explain the concept of dropout.", "definition"),
        # how X improves things, why X works so well: its advantages
        ("How does weight decay improve generalization?", "advantages"),
        ("Can data augmentation improve a small model?", "advantages"),
        ("What improvements does Adam bring?", "advantages"),
        ("Why does dropout work so well?", "advantages"),
        ("How can we improve a model that overfits?", "definition"),
        ("Can dropout fail to improve a deep network?", "limitations"),
        ("Why might dropout not work well here?", "limitations"),
        # why X is not always the answer: its limitations
        ("Why not always use batch normalization?", "limitations"),
        ("Why ensembling isn't always the answer", "limitations"),
        # "The problem X solves" (a heading): what X is for
        ("The Problem Dropout Solves", "purpose"),
        ("What is the main problem that attention addresses?", "purpose"),
        ("The problem with dropout", "limitations"),
        # "In which situations ..., and in which ...": the second part is a follow-up
        (
            "In which situations would you reach for k-means, and in which would you avoid it?",
            "when-to-use",
        ),
        # better than the naive approach, superior to the vanilla one: how X helps
        ("In what ways is attention better than the naive approach?", "advantages"),
        ("What does ensembling buy you compared with the plain baseline?", "advantages"),
        ("Why is Adam considered superior to the alternatives?", "advantages"),
        ("What does boosting do well compared to the alternatives?", "advantages"),
        ("Is Adam better than plain SGD?", "comparison"),
        # a person on the other side ("who know better than I") compares no subject
        ("I'm asking those who know better than I - what do you think of dropout?", "definition"),
        ("Which optimizer tunes learning rates better than me?", "definition"),
        ("Is V-JEPA better than I-JEPA?", "comparison"),
        # why X is better than Y: what X has over Y, as "the advantages of X over Y"
        ("Why is Adam better than SGD?", "advantages"),
        ("Why Thompson Sampling Is Better Than A/B Testing", "advantages"),
        ("Why do people say boosting works better than bagging?", "advantages"),
        ("What are the advantages of Adam over SGD?", "advantages"),  # guard
        ("Adam vs SGD: which is better, and why?", "comparison"),  # guard
        # avoid using X, "Avoid X if:": when not to use it
        ("In which situations should you avoid using a decision tree?", "limitations"),
        ("Avoid Transfer Learning If:", "limitations"),
        ("How to avoid overfitting if the dataset is small?", "fix"),
        ("Random forests: when to use them, and when to avoid them?", "when-to-use"),
        # how X is performed, trained or implemented: how it works
        ("How is k-fold cross-validation performed?", "how-it-works"),
        ("How is word2vec trained?", "how-it-works"),
        ("How do we implement beam search?", "how-it-works"),
        ("How can we implement early stopping in Keras?", "how-it-works"),
        # where X is used, the industries that use it, "e.g. of X": its examples
        ("Where transfer learning is used", "examples"),
        ("In which industries is anomaly detection currently being used?", "examples"),
        ("e.g. of reinforcement learning in real life", "examples"),
        ("What are optimizers, e.g. Adam?", "definition"),
        ("Describe a scenario where dropout is applied.", "definition"),
        # when not to use X, reasons not to use it, why it is so bad: its limitations
        ("When should you not use batch normalization?", "limitations"),
        ("When not to use k-means", "limitations"),
        ("What are the reasons to NOT use SMOTE?", "limitations"),
        ("Why is the perceptron not widely used?", "limitations"),
        ("When is a linear model not enough?", "limitations"),
        ("Why is grid search so bad?", "limitations"),
        ("When does it make sense to use and not use dropout?", "when-to-use"),
        # which kinds of data X suits: when to use it
        ("What kinds of datasets is k-NN especially useful for?", "when-to-use"),
        # where X finds its use, how X is used in practice: its examples
        ("Where does reinforcement learning find its use?", "examples"),
        ("How computer vision is used in everyday life", "examples"),
        # "Should I use X?", "Do you really need X?": when to use it
        ("Should I use early stopping?", "when-to-use"),
        ("Do you really need a GPU for deep learning?", "when-to-use"),
        ("Why should we use dropout?", "advantages"),
        ("Why do we need dropout?", "purpose"),
        # the motivation, rationale, aim or objective of X, the gap it fills: its purpose
        ("What was the motivation for introducing layer normalization?", "purpose"),
        ("What's the rationale behind weight tying?", "purpose"),
        ("State the main objective of regularization.", "purpose"),
        ("For what aim is a validation set kept aside?", "purpose"),
        ("Which gap in RNNs did attention close?", "purpose"),
        ("What is gradient clipping meant to achieve?", "purpose"),
        ("Label smoothing: what's the point?", "purpose"),
        ("What is an objective function?", "definition"),
        ("What is the objective function in logistic regression?", "definition"),
        # "When is X used?", "When can X work?", "at what point ...": when to use it
        ("When is label smoothing used?", "when-to-use"),
        ("At what point in a project would you bring in ensembling?", "when-to-use"),
        ("When can transfer learning work?", "when-to-use"),
        ("Explain when early stopping is justified.", "when-to-use"),
        ("How do you know if boosting is the right approach?", "when-to-use"),
        ("When does overfitting occur?", "definition"),
        ("When does dropout not work?", "limitations"),
        # an example scenario where X fits, whether to use X, when X is needed: when to use
        ("Give an example scenario where you would pick k-means.", "when-to-use"),
        ("Whether to use batch norm at all", "when-to-use"),
        ("Batch norm, and when you actually need one", "when-to-use"),
        ("When batch norm is necessary", "when-to-use"),
        ("Give a few examples of k-means in industry.", "examples"),
        ("Why is batch norm needed?", "purpose"),
        # a part of an exam question ("a) ", "(b). ") is a label, not a clause
        ("a). Discuss the main advantages of dropout. (5 Marks)", "advantages"),
        ("(c). Highlight three weaknesses of k-means", "limitations"),
        ("In what way is bagging different than boosting?", "comparison"),
        ("How are precision and recall different?", "comparison"),
        ("What are the different types of regularization?", "types"),
        ("What are the different layers of autoencoders?", "definition"),
        ("So what is dropout even for?!! Keep it short.", "purpose"),
        ("So what is dropout even for?! in neural networks!?", "purpose"),
        ("Great question! What is dropout for?", "purpose"),
        ("What are the use cases of dropout?", "examples"),
        ("How do you go about deciding whether dropout is worth it?", "when-to-use"),
        ("What is dropout for?", "purpose"),
        ("Batch normalization: what is it for in deep learning?", "purpose"),
        ("Layer norm — what's it there for?", "purpose"),
        ("What does SGD stand for?", "definition"),
        ("What is the loss for regression?", "definition"),
        ("What are some concrete instances of transfer learning?", "examples"),
        ("Which industries or products make use of anomaly detection?", "examples"),
        ("What models rely on attention?", "examples"),
        ("What does dropout use?", "definition"),
        ("Why is early stopping considered such a good idea?", "advantages"),
        ("Why is batch normalization so effective?", "advantages"),
        ("What does attention do under the hood?", "how-it-works"),
        ("What goes on inside a GRU, mechanically speaking?", "how-it-works"),
        ("Sketch the internals of beam search.", "how-it-works"),
        ("In what case should we apply dropout?", "when-to-use"),
        ("Can you break down the inner workings of dropout?", "how-it-works"),
        ("Where does k-means break down?", "limitations"),
        # "a senior role" asks for no purpose; "selling points" are advantages
        ("For a senior role: walk me through the selling points of dropout.", "advantages"),
        ("For a senior role: walk me through dropout.", "definition"),
        ("What role does dropout play?", "purpose"),
        ("Name a few ways to keep overfitting from happening.", "fix"),
        ("Trace through the computation that a GRU performs.", "definition"),
        ("What is the computation of the F1 score?", "formula"),
        ("What is your go-to trick for getting rid of overfitting?", "fix"),
        ("How do you solve the vanishing gradient problem?", "fix"),
        ("What are the types of pooling?", "types"),
        ("What causes vanishing gradients?", "cause"),
        ("What is the reason behind vanishing gradients?", "cause"),
        # the reason for using X is what X is for, not what causes it
        ("What is the reason for using dropout in the network?", "purpose"),
        ("Could you please give some reasons for choosing dropout here?", "purpose"),
        ("What is dropout?", "definition"),
        ("Explain dropout.", "definition"),
        ("What is data normalization and why do we need it?", "definition"),
        ("For image data, what are the drawbacks of max pooling?", "limitations"),
        # an example asked for to illustrate an explanation is no ask of its own
        ("Explain dropout with example?", "definition"),
        ("Describe the working of dropout with a simple example.", "how-it-works"),
        ("Show dropout in action with an example.", "examples"),
        ("What are the conditions in which dropout is applied.", "when-to-use"),
        ("Describe a project in which dropout would be applied.", "examples"),
        ("Where can dropout be applied?", "examples"),
        ("Explain the causes of overfitting and the techniques to reduce it.", "fix"),
        ("What are some ways to minimise overfitting?", "fix"),
        ("How does PCA reduce dimensionality?", "definition"),
        ("In what conditions will you choose dropout over any other method?", "when-to-use"),
        ("What kind of dataset should dropout be used on?", "when-to-use"),
        # the problems X solves are what it is for (25 templates of the sets file them so)
        ("What kinds of problems does dropout solve?", "purpose"),
        ("How Where and When we should use dropout?", "when-to-use"),
        ("When where and why to use dropout?", "when-to-use"),
        ("When does dropout help?", "when-to-use"),
        ("I'm working on a classifier and trying to decide whether to use dropout.", "when-to-use"),
        ("What are the intuitions behind dropout?", "how-it-works"),
        ("What is the general idea behind dropout?", "how-it-works"),
        ("For what is dropout used?", "purpose"),
        ("Why should dropout be avoided in applied work?", "limitations"),
        ("How can we avoid overfitting?", "fix"),
        ("what is the usage of dropout? Does anyone know?", "purpose"),
        # the uses of X are its applications; the use of X is what it is for
        ("What are the uses of dropout?", "examples"),
        ("What is the use of dropout?", "purpose"),
        ("Why is dropout used", "purpose"),
        ("How does dropout help optimization?", "advantages"),
        ("How does dropout help prevent overfitting?", "fix"),
        # a bare topic before "and when" asks nothing: the rest is the question
        ("Adam optimizer and when it fails", "limitations"),
        # how X is managed asks how to fix it; what X manages does not
        ("How can overfitting be managed?", "fix"),
        ("Managing overfitting in production", "fix"),
        ("How did you manage the class imbalance?", "fix"),
        ("Do you do anything to manage class imbalance?", "fix"),
        ("How does the scheduler manage memory?", "definition"),
        # flaws and defects are limitations; "defect detection" names a task
        ("What is the flaw in dropout?", "limitations"),
        ("What are the defects of dropout?", "limitations"),
        ("What problem does dropout bring?", "limitations"),
        ("What is defect detection?", "definition"),
        ("What is the implementation principle of dropout?", "how-it-works"),
        # usage scenarios ask when to use X; application scenarios are examples
        ("What are the usage scenarios of dropout?", "when-to-use"),
        ("What are the application scenarios of dropout?", "examples"),
        # using X to solve a problem: X is the remedy, not the problem
        ("Under what circumstances should we use dropout to solve a problem?", "when-to-use"),
        ("How to use dropout to solve the problem of overfitting?", "fix"),
        ("How to solve the problem of overfitting?", "fix"),
        # how X learns is how it works; how a person learns X is not
        ("How does a decision tree learn?", "how-it-works"),
        ("Have you ever wondered how a decision tree learns?", "how-it-works"),
        ("How do I learn machine learning?", "definition"),
        ("Where have you encountered recommender systems in your daily life?", "examples"),
        # a clause opening "Can I use X" asks whether X fits the case
        ("Can I use dropout for small datasets?", "when-to-use"),
        ("How can I use dropout in Keras?", "definition"),
        # deployments of X are examples; a deployment bottleneck is not
        ("Where is dropout actually deployed in industry?", "examples"),
        ("What are some well-known deployments of dropout?", "examples"),
        ("What makes dropout a deployment bottleneck?", "definition"),
        ("When and why is dropout used?", "when-to-use"),
        ("What dropout is bad at", "limitations"),
        ("What is dropout good at?", "advantages"),
        ("What is dropout not good at?", "limitations"),
        # the reasons for having X are what it is for; the reasons for X happening, a cause
        ("The reasons for having dropout are:", "purpose"),
        ("What is the reason for overfitting?", "cause"),
        ("What is dropout trying to accomplish?", "purpose"),
        # when or in which situations to avoid X: when to use it, not how to prevent it
        ("When should dropout be avoided?", "when-to-use"),
        ("In what types of situations might we want to avoid dropout?", "when-to-use"),
        ("In which situations should you avoid using dropout?", "limitations"),
        ("How can overfitting be avoided in these situations?", "fix"),
        ("What's the best way to avoid failures when using dropout?", "fix"),
        # "kind of" as a hedge asks for no types
        ("In this course dropout just kind of appeared without explanation.", "definition"),
        ("I used dropout and it kind of bit me.", "definition"),
        ("What kind of pooling layers are there?", "types"),
        # having a problem with X asks for help with it; X's problems are its limitations
        ("Having a problem with dropout?", "fix"),
        ("I am running into issues with overfitting in my project.", "fix"),
        ("What are the problems with dropout?", "limitations"),
        ("Does dropout have problems with small batches?", "limitations"),
        # risks, critiques and the case against X are its limitations
        ("What are the risks associated with using dropout?", "limitations"),
        ("Why dropout is so risky for small teams", "limitations"),
        ("The Case Against Dropout", "limitations"),
        ("An illustrated critique of dropout", "limitations"),
        ("How to reduce the risk of overfitting?", "fix"),
        # defending against X, or reducing it, fixes it
        ("How do you defend against adversarial examples?", "fix"),
        ("Reducing overfitting", "fix"),
        ("When use dropout?", "when-to-use"),
        # how people use X are examples; how X uses something is how it works
        ("How we use dropout", "examples"),
        ("How the police use face recognition, and where it falls short", "examples"),
        ("How does a transformer use attention?", "definition"),
        ("The importance of dropout", "purpose"),
        ("How is feature importance of a random forest computed?", "formula"),
        # "What's the deal with X?" asks what X is about, not how to deal with it
        ("So, what's the deal with dropout?", "definition"),
        ("How do you deal with overfitting?", "fix"),
        ("If I train on my own data, do I need dropout?", "when-to-use"),
        ("The interviewer asked me when I'd choose dropout.", "when-to-use"),
        ("What is the process for dropout?", "how-it-works"),
        # X solving problems is no problem with X
        ("Are there case studies of how dropout solved research problems?", "examples"),
        ("What problems does dropout solve?", "purpose"),
        # italics by underscores hide no cue
        ("- _When would you use dropout?_", "when-to-use"),
        ("_Why is it beneficial to use dropout?_", "advantages"),
        ("What does dropout actually do?", "how-it-works"),
        ("When Dropout Works", "when-to-use"),
        ("When training deep nets, how does dropout work?", "how-it-works"),
        ("Use of dropout in practice", "examples"),
        ("The significance of dropout in vision models", "purpose"),
        ("What is the statistical significance of a test?", "definition"),
        # marks a title opens with hide no opening words; a closing quote ends nothing
        ("**Should I use dropout?**", "when-to-use"),
        ("## Can I use dropout when data is small?", "when-to-use"),
        ("# Managing overfitting in production", "fix"),
        ("> Is dropout useful?", "advantages"),
        ('"What is dropout for?"', "purpose"),
        # whether X is useful in a setting asks whether to use it there
        ("### Is dropout useful for small datasets?", "when-to-use"),
        ("Is dropout useful?", "advantages"),
        ("Is dropout useful in deep learning?", "advantages"),  # a field, not a setting
        # after a leading phrase, as at the start
        ("For genomics, is dropout useful?", "advantages"),
        ("In production, managing overfitting", "fix"),
        ("How is dropout useful for NLP?", "advantages"),
        ("Was dropout used in any published work?", "definition"),
        ("What Dropout Is Actually Solving", "purpose"),
        ("What problem is dropout solving?", "purpose"),
        ("What is the best way of solving overfitting?", "fix"),
        ("Is dropout necessary here?", "when-to-use"),
        ("I want to know if dropout is necessary", "when-to-use"),
        ("Why is dropout necessary?", "purpose"),
        ("Explain why dropout is necessary.", "purpose"),
        ("Dropout Necessity:", "purpose"),
        ("Need to Reduce overfitting?", "fix"),
        ("Explain how this bias can be compensated for.", "fix"),
        ("Why is dropout difficult?", "limitations"),
        ("What makes dropout challenging at scale?", "limitations"),
        ("What is your biggest concern with using dropout?", "limitations"),
        ("5 Reasons Why Dropout Is Overhyped", "limitations"),
        ("Why You Should Embrace dropout", "advantages"),
        ("Some more dropout examples (derived from a search):", "examples"),
        ("Where is the formula of dropout derived?", "formula"),
        ("What are the 6 stages of dropout?", "how-it-works"),
        ("How are ablation studies conducted?", "how-it-works"),
        ("Explain the operation of dropout.", "how-it-works"),
        ("I am not fully understanding the logic of dropout.", "how-it-works"),
        ("Which of the following exemplifies dropout?", "examples"),
        ("In what areas have you used dropout?", "examples"),
        ("Who Should Use dropout?", "when-to-use"),
        ("Dropout in hiring, to use or not to use?", "when-to-use"),
        ("Is dropout For You?", "when-to-use"),
        ("What can dropout do for you?", "advantages"),
        ("Dropout: What's the Big Deal?", "purpose"),
        ("State the functions of dropout.", "purpose"),
        ("Tools for Reducing and Managing overfitting", "fix"),
        ("Can you give advice for removing noise for text detection?", "fix"),
        ("What can you do about overfitting?", "fix"),
        ("What Can We Do to Relieve overfitting?", "fix"),
        ("How can authors protect their work from scraping?", "fix"),
        ("The Danger of Relying on dropout", "limitations"),
        ("5 Reasons Why You Should Be Careful Using dropout:", "limitations"),
        ("What challenges do nurses face when using dropout?", "limitations"),
        ("What problem does dropout face?", "limitations"),
        ("What challenges are associated with dropout?", "limitations"),
        ("What dropout is good at", "advantages"),
        ("Name three positive outcomes you see utilizing dropout.", "advantages"),
        ("The arguments for dropout in UX design", "advantages"),
        ("Why has dropout become so popular?", "advantages"),
        ("Why Librarians Should Embrace dropout", "advantages"),
        ("Why opt for dropout?", "advantages"),
        ("Why invest in dropout?", "advantages"),
        ("But is dropout worth the hype?", "advantages"),
        ("But what makes dropout stand out from the crowd?", "advantages"),
        ("The Science Behind dropout", "how-it-works"),
        ("What is behind dropout?", "how-it-works"),
        ("Pulling back the curtain on dropout", "how-it-works"),
        ("By what mechanism does dropout improve the fit?", "how-it-works"),
        ("What are some current implementations of dropout?", "examples"),
        ("How might dropout be used in nursing?", "examples"),
        ("Some decisions are inappropriate for dropout", "when-to-use"),
        ("Indications for dropout", "when-to-use"),
        ("Dropout: Where Does It Fit in Our Practice?", "when-to-use"),
        ("Can dropout Be Used for Patient Education?", "when-to-use"),
        ("Is dropout suitable in this context?", "when-to-use"),
        ("When Using dropout Is Best", "when-to-use"),
        ("I was wondering if we can use dropout for digit recognition", "when-to-use"),
        ("When dropout Can Be Beneficial:", "when-to-use"),
        ("So do you always need dropout?", "when-to-use"),
        ("But should I even use dropout if users hate it?", "when-to-use"),
        ("When dropout helps", "when-to-use"),
        ("When dropout is a strong fit", "when-to-use"),
        ("When scale makes dropout worth looking into", "when-to-use"),
        ("When and in what circumstances should dropout be implemented?", "when-to-use"),
        ("In preprocessing, what does dropout mainly address?", "purpose"),
        ("Explain the role and selection criteria for dropout", "purpose"),
        ("Three Proven Practices for Tackling overfitting", "fix"),
        ("Four best practices to address overfitting", "fix"),
        ("How to Manage overfitting and Other Risks", "fix"),
        ("Manage overfitting", "fix"),
        ("Addressing overfitting in the Field", "fix"),
        ("Is it possible to make the overfitting go away?", "fix"),
        ("What is the easiest way to correct overfitting?", "fix"),
        ("Explain three errors associated with dropout.", "limitations"),
        ("What could be the possible problems while using dropout?", "limitations"),
        ("Problems limiting dropout", "limitations"),
        ("Why dropout is not an appropriate method for tabular data", "limitations"),
        ("Why Isn't dropout Widely Implemented?", "limitations"),
        ("Why dropout Alone Isn't Enough", "limitations"),
        ("Why is dropout not useful?", "limitations"),
        ("Where dropout Adds Real Value", "advantages"),
        ("What dropout Actually Does Well", "advantages"),
        ("What is actually happening when you apply dropout?", "how-it-works"),
        ("What uses does dropout have in retail?", "examples"),
        # guards: a problem that keeps happening; how X is implemented
        ("Overfitting keeps happening in my training runs", "definition"),
        ("How is dropout implemented?", "how-it-works"),
        # guards: what X can be used for; a bare "how does X improve"; the hype; kinds of data
        ("Dropout: what is behind the hype", "definition"),
        ("What kind of data is dropout particularly good at?", "when-to-use"),
        ("What kind of tabular data is dropout particularly good at?", "when-to-use"),
        ("What kinds of noisy image datasets should dropout be used on?", "when-to-use"),
        ("What can dropout be used for?", "purpose"),
        ("How does dropout improve accuracy?", "advantages"),
        # from blind83 to blind86: sources of error, performing badly, useless, dangerous
        ("What are possible sources of error in dropout?", "limitations"),
        ("On what data do you think dropout will perform badly?", "limitations"),
        ("Why are current dropout methods insufficient for small data?", "limitations"),
        ("why is dropout useless?", "limitations"),
        ("Is it so dangerous to use dropout?", "limitations"),
        ("Why You Should Avoid Dropout", "limitations"),
        ("Why Dropout Should Be Avoided", "limitations"),
        ("How should overfitting be avoided?", "fix"),  # guard: how to avoid it
        (
            "This is not an issue with the code, but how does dropout work?",
            "how-it-works",
        ),
        ("Known issues with dropout?", "limitations"),  # guard
        ("7 Reasons to use dropout", "advantages"),
        ("Any reasons to prefer dropout instead of weight decay here?", "definition"),  # guard
        ("Which of these are valid reasons for using dropout?", "advantages"),
        ("Is there an intuition for preferring dropout?", "advantages"),
        ("what appeals to you about dropout?", "advantages"),
        ("Is there any mileage in using dropout?", "advantages"),
        ("Why dropout is convenient", "advantages"),
        ("What is the reason for using dropout?", "purpose"),  # guard
        ("I am curious though, how is dropout technically made?", "how-it-works"),
        ("How dropout is processed", "how-it-works"),
        ("how dropout is behaving in both cases", "how-it-works"),
        ("Explain the basic principles of dropout.", "how-it-works"),
        ("I didn't understand why dropout was needed, it would complicate my work", "purpose"),
        ("Why did I have to work with dropout on this?", "purpose"),
        ("How a developer can reduce overfitting", "fix"),
        ("What strategies reduce overfitting?", "fix"),
        ("How does the paper address possible overfitting?", "fix"),
        ("What does dropout mainly address?", "purpose"),  # guard
        ("What defenses (mechanisms and tools) can be used against overfitting?", "fix"),
        ("Overfitting and how to break through it:", "fix"),
        ("How does dropout reduce overfitting?", "definition"),  # guard: no fix asked
        ("Are dropout methods useful for geometry optimization?", "when-to-use"),
        ("Hi, the dropout is suitable for calculating the variance?", "when-to-use"),
        ("How is the variance calculated?", "formula"),  # guard
        ("I wonder if I could utilize dropout for these data points.", "when-to-use"),
        ("Is there an order of preference to use dropout?", "when-to-use"),
        ("does this network actually need dropout?", "when-to-use"),
        ("Should I build my own dropout layer?", "when-to-use"),
        ("If you want to know if dropout might be for you, ask yourself:", "when-to-use"),
        ("Under what circumstance is dropout advisable when working with text?", "when-to-use"),
        ("Just out of curiosity, how are you using dropout?", "examples"),
        ("What are some other places where I can use dropout?", "examples"),
        ("Where else could you see dropout?", "examples"),
        ("List of games using dropout", "examples"),
        ("- What is need of dropout.", "purpose"),
        ("So, for example, why is dropout needed?", "purpose"),
        ("What is dropout & When Do We Need It?", "definition"),
        ("SFC4 | Examples of dropout", "examples"),
        ("Dropout | Examples", "examples"),
        ("Confusion about the principle of dropout", "how-it-works"),
        ("Reasons to rethink the use of dropout", "limitations"),
        ("Dropout Pitfalls to Avoid", "limitations"),
        ("How to avoid dropout pitfalls?", "fix"),  # guard
        ("Why is dropout better than this?", "advantages"),
        ("Is dropout better than batch norm?", "comparison"),  # guard
        ("What are the strengths and weaknesses of dropout?", "advantages"),
        ("What are the weaknesses and strengths of dropout?", "limitations"),
        ("How dropout is Being Used", "examples"),
        ("how and where can the dropout functionality be leveraged?", "examples"),
        ("Why choose dropout?", "advantages"),
        ("So, how can HR leverage dropout solutions to improve its efficacy?", "examples"),
        ("Solutions to overfitting?", "fix"),  # guard
        # a mechanism that names the subject is no ask
        ("What is the attention mechanism?", "definition"),
        ("Describe the role of the attention mechanism.", "purpose"),
        ("Why do we need the attention mechanism?", "purpose"),
        ("What is quantum mechanics?", "definition"),
        ("What is the mechanism of dropout?", "how-it-works"),  # guard
        ("Explain its mechanism.", "how-it-works"),  # guard
        ("Dropout: mechanism?", "how-it-works"),  # guard
        ("What problems can dropout solve?", "purpose"),
        ("The types of problems dropout can solve", "purpose"),
        ("How can we solve overfitting?", "fix"),  # guard
        ("What are the types of dropout?", "types"),  # guard
        ("What kinds of tasks can dropout accomplish?", "examples"),
        ("Why do we use dropout?", "purpose"),
        ("Why would you want dropout?", "purpose"),
        ("Why should we use dropout?", "advantages"),  # guard
        ("Why do people like dropout?", "advantages"),  # guard
        ("For what sort of task would you opt for dropout?", "when-to-use"),  # guard
        ("What are the protocols on using/not using dropout here?", "when-to-use"),
        ("Could you give an example, why is dropout needed?", "examples"),  # guard
        ("Are you in need of dropout?", "definition"),  # guard
        # "Is X worth it?" asks whether X pays off: its advantages (13 templates to 1)
        ("Is dropout worth it?", "advantages"),
        ("Dropout: is it worth it?", "advantages"),
        ("Is dropout worth the extra cost?", "definition"),  # guard: not a named price
        ("Is dropout worth the effort?", "advantages"),
        ("When is dropout worth it?", "when-to-use"),  # guard
        ("Any rule of thumb for knowing if dropout is worth adding?", "when-to-use"),  # guard
        ("What can be done about overfitting?", "fix"),
        ("Who is not a good candidate for dropout?", "when-to-use"),
    ],
)
def test_ask_of_the_first_clause(title: str, ask: str) -> None:
    assert ask_of(title) == ask


def test_a_comma_after_a_stretch_that_names_nothing_starts_no_follow_up() -> None:
    title = "What happens, step by step, when dropout is applied?"
    assert first_clause(title) == title
    assert first_clause("What is dropout, and why does it help?") == "What is dropout"
    assert first_clause("What happens in dropout, and why?") == "What happens in dropout"


def test_first_clause_stops_at_a_follow_up_but_keeps_a_leading_phrase() -> None:
    assert first_clause("What is X? Why does it help?") == "What is X"
    assert first_clause("What are hyperparameters, provide some examples?") == (
        "What are hyperparameters"
    )
    assert first_clause("For images, what is X?") == "For images, what is X?"
    assert first_clause("When training deep nets, what fixes X? Be brief.") == (
        "When training deep nets, what fixes X"
    )
    assert first_clause("What is precision, recall and F1?") == "What is precision, recall and F1?"
    # "In which ..." asks; it sets no scene as "In image data, ..." does
    assert first_clause("In which cases would you use X, and in which not?") == (
        "In which cases would you use X"
    )
    # a question mark that closes a quotation or bold text ends the clause too
    assert first_clause('- "How does X work?" Keep the answer short.') == '- "How does X work'
    assert first_clause('- "How does X work?"? Keep it short.') == '- "How does X work'
    assert first_clause("**What is X?** How can it be mitigated?") == "**What is X"


def test_an_ellipsis_trails_off_and_ends_no_clause() -> None:
    # "..." reads as "…" does: the label after it is the ask, as after a colon
    for dots in ("...", "\u2026"):
        title = f"Marginal kernel for translation{dots} Project Examples?"
        assert first_clause(title) == title
        assert ask_of(title) == "examples"
    assert first_clause("What is X. Why does it help?") == "What is X"


def test_two_question_words_joined_by_and_ask_one_question() -> None:
    # "when and where", "When And Why", "how & where": one question, no follow-up
    title = "Q: How would you decide when and where to implement LMF for genomics?"
    assert first_clause(title) == title
    assert ask_of(title) == "when-to-use"
    assert first_clause("LMF: When and Why") == "LMF: When and Why"
    assert ask_of("When and why should we use LMF?") == "when-to-use"
    assert first_clause("Can you say where & how you can use LMF?") == (
        "Can you say where & how you can use LMF?"
    )
    # "and" after anything else still starts a follow-up
    assert first_clause("What is LMF and why do we need it?") == "What is LMF"
    assert first_clause("What is LMF & When Do We Need It?") == "What is LMF"


def test_a_run_on_follow_up_starts_at_a_capital_opener_after_a_lower_case_word() -> None:
    # a lost line break or full stop: the follow-up's ask is not the question's
    assert first_clause("what exactly is dropout Give an example.") == "what exactly is dropout"
    assert ask_of("what exactly is dropout Why does it matter?") == "definition"
    # capitals inside the question do not split it
    assert first_clause("How does BERT work in PyTorch?") == "How does BERT work in PyTorch?"
    assert first_clause("What is an RNN?") == "What is an RNN?"
    # nor does an opener after a stretch that asks nothing, or after a number
    assert first_clause("Question What is dropout?") == "Question What is dropout?"
    assert first_clause("Q3 What is dropout?") == "Q3 What is dropout?"
    # a terse cell with an ask's cue asks something of its own
    assert first_clause("Dropout pros Give an example.") == "Dropout pros"


def test_a_series_label_after_a_bar_is_no_part_of_the_question() -> None:
    # video and blog titles name their series after " | "
    title = "Handling dropout | Deep Learning Tutorial 21 (Tensorflow2.0 & Python)"
    assert first_clause(title) == "Handling dropout"
    assert ask_of(title) == "fix"
    assert first_clause("Dropout | one minute introduction") == "Dropout"
    # but a bare subject before a bar that asks after it is a heading
    assert first_clause("Dropout | Examples") == "Dropout | Examples"


def test_a_list_label_is_no_clause_of_its_own() -> None:
    assert first_clause("17. Examples of dropout.") == "17. Examples of dropout."
    assert ask_of("17. Examples of dropout.") == "examples"
    assert ask_of("#### 47) Define dropout.") == "definition"
    assert ask_of("**4. Q: When would you choose dropout?**") == "when-to-use"
    assert first_clause("Q12. What is dropout? Why does it matter?") == "Q12. What is dropout"
    # a sentence that starts with a number is no list label
    assert first_clause("3D convolution. What is it?") == "3D convolution"


def test_a_clause_of_a_sentence_still_to_come_does_not_end_the_question() -> None:
    # its "is" or "can" is the clause's own verb, not a question's
    title = "While my curiosity is running, why do people use gradient clipping?"
    assert first_clause(title) == title
    title = "Since dropout is costly at inference, why is it still used?"
    assert first_clause(title) == title
    assert first_clause("If the data is small, is dropout needed, and why?") == (
        "If the data is small, is dropout needed"
    )
    # a stretch that asks with a question word still ends at the comma
    assert first_clause("As you know what dropout is, how does it work?") == (
        "As you know what dropout is"
    )


def test_a_lead_in_that_asks_nothing_belongs_to_the_first_clause() -> None:
    # "Honestly, what is X?" asks about X: the comma does not end a question here
    title = "Honestly, what does a pooling layer compute?"
    assert first_clause(title) == title
    assert first_clause("Quick one, how does dropout work, and why?") == (
        "Quick one, how does dropout work"
    )
    assert first_clause("Batch norm, what is it?") == "Batch norm, what is it?"
    # nor does a stretch of asking words alone
    title = "How, where and when should we use dropout?"
    assert first_clause(title) == title
    assert first_clause("How Where and When we should use dropout") == (
        "How Where and When we should use dropout"
    )
    # a first stretch that asks something still ends at its follow-up
    assert first_clause("What is X, and why does it help?") == "What is X"


def test_subject_words_drop_asks_stop_and_generic_words() -> None:
    def subject(title: str) -> tuple[str, ...]:
        words = key_words(title)
        return subject_words(words, words)

    assert subject("What are the advantages of dropout?") == ("dropout",)
    assert subject("What is a long short-term memory network?") == ("long", "shortterm", "memory")
    assert subject("What is a network?") == ("network",)  # a generic word alone stays
    assert subject("What is sum of squares between?") == ("sum", "square", "between")
    assert subject("What was the motivation behind dropout?") == ("dropout",)
    assert subject("What is an objective function?") == ("objective", "function")
    assert subject("What is the trade-off between precision and recall?") == (
        "tradeoff",
        "precision",
        "recall",
    )


@pytest.mark.parametrize(
    ("clause", "cue"),
    [
        ("What is dropout", "definition"),
        ("What's dropout", "definition"),
        ("Define dropout", "definition"),
        # "what is" followed by something else than the subject names no ask
        ("What are some well-known facts about dropout", ""),
        ("What's your heuristic with dropout", ""),
        ("What is the best trick with dropout", ""),
        ("Dropout in a nutshell", ""),
        # a bare "why" asks what it is for or what it is good for: no cue of its own
        ("Why dropout?", ""),
        ("Why do we need dropout?", "purpose"),
        ("Why does dropout exist in the first place?", "purpose"),
        ("Why would you use dropout?", "advantages"),
        # "when is X needed" asks when to use it, not what it is for
        ("When is feature scaling needed?", "when-to-use"),
        ("When is feature scaling necessary?", "when-to-use"),
        ("When is dropout useful?", "when-to-use"),
        ("What tasks are suitable for dropout?", "when-to-use"),
        ("What is dropout needed for?", "purpose"),
    ],
)
def test_a_definition_cue_is_a_what_is_about_the_subject(clause: str, cue: str) -> None:
    assert cue_ask(clause) == cue


@pytest.mark.parametrize(
    ("clause", "cue"),
    [
        ("What is the best way of dealing with class imbalance?", "fix"),
        ("Dealing with overfitting", "fix"),
        # a setup that "is dealing with it" has it: how to tell is no fix
        ("how do you check to see if your current setup is dealing with it?", ""),
        ("Our pipeline was dealing with label noise", ""),
    ],
)
def test_dealing_with_asks_a_fix_unless_something_is_dealing_with_it(clause: str, cue: str) -> None:
    assert cue_ask(clause) == cue
